using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sre;

/// <summary>
/// The `_sre` module (Modules/_sre/sre.c): compiles the code list re._compiler produces
/// into a Pattern, and the helpers re._compiler uses for case-insensitive sets.
/// </summary>
[PyModule("_sre")]
public static partial class SreModule
{
    [PyConstant] public const int MAGIC = SreConstants.MAGIC;
    [PyConstant] public const int CODESIZE = SreConstants.CODESIZE;
    [PyConstant] public const long MAXREPEAT = SreConstants.MAXREPEAT;
    [PyConstant] public const long MAXGROUPS = SreConstants.MAXGROUPS;
    [PyConstant] public const string copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

    [PyMethod("getcodesize")]
    static int GetCodeSize() => SreConstants.CODESIZE;

    [PyMethod("ascii_iscased")]
    static bool AsciiIsCased(int character)
    {
        uint ch = (uint)character;
        return ch < 128 && ((ch | 0x20) - 'a') < 26;
    }

    [PyMethod("unicode_iscased")]
    static bool UnicodeIsCased(int character)
    {
        int ch = character;
        return ch != SreChars.LowerUnicode(ch) || ch != SreChars.UpperUnicode(ch);
    }

    [PyMethod("ascii_tolower")]
    static int AsciiToLower(int character) => (uint)character < 128 ? SreChars.LowerAscii(character) : character;

    [PyMethod("unicode_tolower")]
    static int UnicodeToLower(int character) => SreChars.LowerUnicode(character);

    [PyMethod("compile")]
    static PyObject? Compile([Keyword] PyObject pattern, [Keyword] int flags, [Keyword] PyList code, [Keyword] long groups,
        [Keyword] PyDict groupindex, [Keyword] PyTuple indexgroup)
    {
        int n = code.Count;
        var words = new int[n];
        for (int i = 0; i < n; i++)
        {
            var o = code.Items[i];
            if (o is not PyLong l)
                return Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object cannot be interpreted as an integer");
            if (!l.TryGetLong(out long v))
                return Errors.SetString(PyExc.OverflowError, l.ToBigInteger().Sign < 0
                    ? "can't convert negative value to unsigned long"
                    : "Python int too large to convert to C unsigned long");
            if (v < 0) return Errors.SetString(PyExc.OverflowError, "can't convert negative value to unsigned long");
            if (v > uint.MaxValue)
                return Errors.SetString(PyExc.OverflowError, "regular expression code size limit exceeded");
            words[i] = (int)(uint)v;
        }
        int isBytes;
        if (pattern == Py.None)
        {
            isBytes = -1;
        }
        else
        {
            if (!SreState.GetString(pattern, out int kind, out _, out _, out _, out _, out _, out var view)) return null;
            view?.Release();
            isBytes = kind == 2 ? 1 : 0;
        }
        var self = new SrePattern
        {
            Code = words,
            Pattern = Py.NewRef(pattern),
            Flags = flags,
            Groups = (int)System.Math.Min(groups, int.MaxValue),
            IsBytes = isBytes,
        };
        if (groupindex.Count > 0)
        {
            self.GroupIndex = Py.NewRef(groupindex);
            if (indexgroup.Count > 0) self.IndexGroup = Py.NewRef(indexgroup);
        }
        if (!SreValidate.Validate(words, groups))
        {
            Py.DECREF(self);
            return Errors.SetString(PyExc.RuntimeError, "invalid SRE code");
        }
        self.FirstChars = SreChars.InfoCharsetBitmap(words);
        return self;
    }

    [PyMethod("template")]
    static PyObject? Template(PyObject pattern, PyList template) => SreTemplate.New(template);
}
