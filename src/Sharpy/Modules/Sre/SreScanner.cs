using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sre;

/// <summary>_sre.SRE_Scanner (sre.c's ScannerObject): successive matches over one string, for finditer() and re.Scanner.</summary>
[PyType("_sre.SRE_Scanner")]
public sealed partial class SreScanner : PyObject
{
    internal SrePattern? Pattern;
    SreState? _state;
    bool _executing;

    SreScanner() : base(Type) { }

    /// <summary>pattern_scanner: null with an exception set if the string does not suit the pattern.</summary>
    internal static SreScanner? New(SrePattern pattern, PyObject str, long pos, long endpos)
    {
        var state = SreState.Init(pattern, str, pos, endpos);
        if (state == null) return null;
        return new SreScanner { _state = state, Pattern = Py.NewRef(pattern) };
    }

    protected internal override void ReleaseReferences()
    {
        _state?.Fini();
        _state = null;
        Py.CLEAR(ref Pattern);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Pattern != null) visit(Pattern);
        if (_state?.String is { } s) visit(s);
    }

    protected internal override void Clear() => ReleaseReferences();

    PyObject? Next(bool search)
    {
        if (_executing) return Errors.SetString(PyExc.ValueError, "regular expression scanner already executing");
        var state = _state;
        if (state == null || state.Exhausted || Pattern == null) return Py.None;
        _executing = true;
        try
        {
            state.Reset();
            state.Ptr = state.Start;
            long status = search ? state.Search(Pattern.Code) : state.Match(Pattern.Code);
            if (Errors.Occurred()) return null;
            var match = Pattern.NewMatch(state, status);
            if (status == 0)
            {
                state.Exhausted = true;
            }
            else
            {
                state.MustAdvance = state.Ptr == state.Start;
                state.Start = state.Ptr;
            }
            return match;
        }
        finally
        {
            _executing = false;
        }
    }

    [PyMethod("match")]
    static PyObject? Match(SreScanner self) => self.Next(false);

    [PyMethod("search")]
    static PyObject? Search(SreScanner self) => self.Next(true);

    [PyGetter("pattern")]
    static PyObject? GetPattern(SreScanner self) => self.Pattern == null ? Py.None : Py.NewRef(self.Pattern);
}
