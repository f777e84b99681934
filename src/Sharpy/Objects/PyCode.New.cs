using System;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// Making a code object from its fields (Objects/codeobject.c): _PyCode_Validate and _PyCode_New
// (shared with marshal), PyUnstable_Code_NewWithPosOnlyArgs (the varnames/cellvars/freevars
// form), code.__new__ and code.replace().
public sealed partial class PyCode
{
    /// <summary>
    /// _PyCode_Validate then _PyCode_New, from borrowed fields of any type (marshal's): the
    /// new code object, or null with SystemError for a field of the wrong type, ValueError
    /// for malformed code or too few locals, SystemError for a name that is not an exact str.
    /// The name tuples and the constants are interned in place, as CPython does.
    /// </summary>
    internal static PyObject? New(int argCount, int posOnlyArgCount, int kwOnlyArgCount, int stackSize, int flags,
        PyObject code, PyObject consts, PyObject names, PyObject localsPlusNames, PyObject localsPlusKinds,
        PyObject filename, PyObject name, PyObject qualname, int firstLineno, PyObject lineTable, PyObject exceptionTable)
    {
        if (Validate(argCount, posOnlyArgCount, kwOnlyArgCount, stackSize, flags, code, consts, names, localsPlusNames,
                localsPlusKinds, filename, name, qualname, lineTable, exceptionTable) < 0)
            return null;
        var tuple = (PyTuple)consts;
        var nameTuple = (PyTuple)names;
        var plusNames = (PyTuple)localsPlusNames;
        if (InternStrings(nameTuple) < 0 || InternStrings(plusNames) < 0) return null;
        InternConstants(tuple);
        var lines = (PyBytes)lineTable;
        var handlers = (PyBytes)exceptionTable;
        var co = new CodeObject
        {
            ArgCount = argCount,
            PosOnlyArgCount = posOnlyArgCount,
            KwOnlyArgCount = kwOnlyArgCount,
            // init_code: a frame always has room for one value.
            StackSize = stackSize == 0 ? 1 : stackSize,
            Flags = flags,
            Code = BaseCode(((PyBytes)code).Value),
            Names = Array.ConvertAll(nameTuple.Items, o => ((PyUnicode)o).Value),
            LocalsPlusNames = Array.ConvertAll(plusNames.Items, o => ((PyUnicode)o).Value),
            LocalsPlusKinds = ((PyBytes)localsPlusKinds).Value,
            Filename = ((PyUnicode)filename).Value,
            Name = ((PyUnicode)name).Value,
            QualName = ((PyUnicode)qualname).Value,
            FirstLineno = firstLineno,
            LineTable = lines.Value,
            ExceptionTable = handlers.Value,
        };
        return new PyCode(co, Py.NewRef(tuple), Py.NewRef(nameTuple), Py.NewRef(plusNames), Py.NewRef(lines), Py.NewRef(handlers));
    }

    /// <summary>_PyCode_Validate: 0, or -1 with the error set.</summary>
    static int Validate(int argCount, int posOnlyArgCount, int kwOnlyArgCount, int stackSize, int flags,
        PyObject code, PyObject consts, PyObject names, PyObject localsPlusNames, PyObject localsPlusKinds,
        PyObject filename, PyObject name, PyObject qualname, PyObject lineTable, PyObject exceptionTable)
    {
        if (argCount < posOnlyArgCount || posOnlyArgCount < 0 || kwOnlyArgCount < 0 || stackSize < 0 || flags < 0
            || code is not PyBytes bytecode || consts is not PyTuple || names is not PyTuple
            || localsPlusNames is not PyTuple plusNames || localsPlusKinds is not PyBytes kinds || plusNames.Count != kinds.Length
            || name is not PyUnicode || qualname is not PyUnicode || filename is not PyUnicode
            || lineTable is not PyBytes || exceptionTable is not PyBytes)
        {
            Errors.SetString(PyExc.SystemError, "bad argument to internal function");
            return -1;
        }
        if (bytecode.Length % 2 != 0)
        {
            Errors.SetString(PyExc.ValueError, "code: co_code is malformed");
            return -1;
        }
        // co_varnames must hold the arguments (the count is checked this way round so that it cannot overflow).
        int nlocals = 0;
        foreach (byte k in kinds.Value)
            if ((k & CodeObject.CO_FAST_LOCAL) != 0) nlocals++;
        long plainLocals = (long)nlocals - argCount - kwOnlyArgCount - ((flags & CO_VARARGS) != 0 ? 1 : 0) - ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (plainLocals < 0)
        {
            Errors.SetString(PyExc.ValueError, "code: co_varnames is too small");
            return -1;
        }
        return 0;
    }

    /// <summary>
    /// co_code as the interpreter keeps it: each instruction's base opcode (a specialized one
    /// given in the bytes runs as the instruction it specializes) and its inline caches zeroed,
    /// which is what co_code gives back (_PyCode_GetCode's deopt_code). The array itself when
    /// it is in that form already, as the compiler's and marshal's code is.
    /// </summary>
    static byte[] BaseCode(byte[] code)
    {
        byte[]? result = null;
        for (int i = 0; i + 1 < code.Length; i += 2)
        {
            int op = code[i];
            int baseOp = Op.Deopt(op);
            if (baseOp != op) (result ??= (byte[])code.Clone())[i] = (byte)baseOp;
            int caches = Op.CacheEntries(baseOp);
            for (int j = 1; j <= caches && i + 2 * j + 1 < code.Length; j++)
            {
                if (code[i + 2 * j] != 0 || code[i + 2 * j + 1] != 0)
                {
                    result ??= (byte[])code.Clone();
                    result[i + 2 * j] = result[i + 2 * j + 1] = 0;
                }
            }
            i += 2 * caches;
        }
        return result ?? code;
    }

    /// <summary>intern_strings: every item of a name tuple must be an exact str; each becomes its interned str.</summary>
    internal static int InternStrings(PyTuple t)
    {
        var items = t.Items;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            if (items[i].ob_type != PyUnicode.Type)
            {
                Errors.SetString(PyExc.SystemError, "non-string found in code slot");
                return -1;
            }
            var s = (PyUnicode)items[i];
            if (s.HasLoneSurrogates || PyUnicode.IsInterned(s)) continue;
            items[i] = PyUnicode.Intern(s.Value);
            Py.DECREF(s);
        }
        return 0;
    }

    /// <summary>intern_constants: identifier-like str constants (also inside tuples) are interned.</summary>
    internal static void InternConstants(PyTuple t)
    {
        var items = t.Items;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            if (items[i] is PyUnicode s && s.ob_type == PyUnicode.Type && !s.HasLoneSurrogates && !PyUnicode.IsInterned(s) && Constants.AllNameChars(s.Value))
            {
                items[i] = PyUnicode.Intern(s.Value);
                Py.DECREF(s);
            }
            else if (items[i] is PyTuple inner && inner.ob_type == PyTuple.Type) InternConstants(inner);
        }
    }

    /// <summary>
    /// PyUnstable_Code_NewWithPosOnlyArgs: co_localsplusnames and its kinds from the varnames,
    /// cellvars (a cell that is also a local is one slot) and freevars tuples, then
    /// <see cref="New"/>. All arguments are borrowed.
    /// </summary>
    static PyObject? NewWithPosOnlyArgs(int argCount, int posOnlyArgCount, int kwOnlyArgCount, int nlocals, int stackSize,
        int flags, PyBytes code, PyTuple consts, PyTuple names, PyTuple varnames, PyTuple freevars, PyTuple cellvars,
        PyUnicode filename, PyUnicode name, PyUnicode qualname, int firstLineno, PyBytes lineTable, PyBytes exceptionTable)
    {
        var plusNames = new System.Collections.Generic.List<PyObject>(varnames.Count + cellvars.Count + freevars.Count);
        var kinds = new System.Collections.Generic.List<byte>(plusNames.Capacity);
        foreach (var v in varnames.Items)
        {
            plusNames.Add(v);
            kinds.Add(CodeObject.CO_FAST_LOCAL);
        }
        foreach (var c in cellvars.Items)
        {
            int arg = -1;
            for (int j = 0; j < varnames.Count && arg < 0; j++)
                if (varnames.Items[j] is PyUnicode v && c is PyUnicode cs && PyUnicode.EqualValues(v, cs)) arg = j;
            if (arg >= 0)
            {
                kinds[arg] |= CodeObject.CO_FAST_CELL;
                continue;
            }
            plusNames.Add(c);
            kinds.Add(CodeObject.CO_FAST_CELL);
        }
        foreach (var v in freevars.Items)
        {
            plusNames.Add(v);
            kinds.Add(CodeObject.CO_FAST_FREE);
        }
        // gh-110543: in code that is not a function's, the variables an inlined comprehension
        // saves and restores (LOAD_FAST_AND_CLEAR) are hidden from locals().
        if ((flags & CO_OPTIMIZED) == 0)
        {
            var bytes = code.Value;
            int extended = 0;
            for (int i = 0; i + 1 < bytes.Length; i += 2 * (1 + Op.CacheEntries(bytes[i])))
            {
                int op = bytes[i];
                if (op == Op.EXTENDED_ARG)
                {
                    extended = extended << 8 | bytes[i + 1];
                    continue;
                }
                if (op == Op.LOAD_FAST_AND_CLEAR)
                {
                    int oparg = extended << 8 | bytes[i + 1];
                    if ((uint)oparg >= (uint)plusNames.Count)
                    {
                        Errors.SetString(PyExc.ValueError, $"code: LOAD_FAST_AND_CLEAR oparg {oparg} out of range");
                        return null;
                    }
                    kinds[oparg] |= CodeObject.CO_FAST_HIDDEN;
                }
                extended = 0;
            }
        }
        foreach (var o in plusNames) Py.INCREF(o);
        var plusNamesTuple = PyTuple.FromStolen(plusNames.ToArray());
        var kindsBytes = PyBytes.FromBytes(kinds.ToArray());
        PyObject? result = null;
        if (Validate(argCount, posOnlyArgCount, kwOnlyArgCount, stackSize, flags, code, consts, names, plusNamesTuple,
                kindsBytes, filename, name, qualname, lineTable, exceptionTable) == 0)
        {
            if (nlocals != varnames.Count)
                Errors.SetString(PyExc.ValueError, "code: co_nlocals != len(co_varnames)");
            else
                result = New(argCount, posOnlyArgCount, kwOnlyArgCount, stackSize, flags, code, consts, names, plusNamesTuple,
                    kindsBytes, filename, name, qualname, firstLineno, lineTable, exceptionTable);
            if (result is PyCode made) made.ArbitraryBytecode = true;
        }
        Py.DECREF(plusNamesTuple);
        Py.DECREF(kindsBytes);
        return result;
    }

    [PySlot("tp_new")]
    static PyObject? CodeNew(PyType type, int argcount, int posonlyargcount, int kwonlyargcount, int nlocals, int stacksize,
        int flags, PyBytes codestring, PyTuple constants, PyTuple names, PyTuple varnames, PyUnicode filename, PyUnicode name,
        PyUnicode qualname, int firstlineno, PyBytes linetable, PyBytes exceptiontable, PyTuple? freevars = null, PyTuple? cellvars = null)
    {
        if (argcount < 0) return Errors.SetString(PyExc.ValueError, "code: argcount must not be negative");
        if (posonlyargcount < 0) return Errors.SetString(PyExc.ValueError, "code: posonlyargcount must not be negative");
        if (kwonlyargcount < 0) return Errors.SetString(PyExc.ValueError, "code: kwonlyargcount must not be negative");
        if (nlocals < 0) return Errors.SetString(PyExc.ValueError, "code: nlocals must not be negative");
        PyTuple? ourNames = null, ourVarnames = null, ourFreevars = null, ourCellvars = null;
        PyObject? result = null;
        if ((ourNames = ValidateAndCopyTuple(names)) != null && (ourVarnames = ValidateAndCopyTuple(varnames)) != null
            && (ourFreevars = ValidateAndCopyTuple(freevars ?? PyTuple.Empty)) != null
            && (ourCellvars = ValidateAndCopyTuple(cellvars ?? PyTuple.Empty)) != null)
            result = NewWithPosOnlyArgs(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
                constants, ourNames, ourVarnames, ourFreevars, ourCellvars, filename, name, qualname, firstlineno, linetable, exceptiontable);
        Py.XDECREF(ourNames);
        Py.XDECREF(ourVarnames);
        Py.XDECREF(ourFreevars);
        Py.XDECREF(ourCellvars);
        return result;
    }

    /// <summary>validate_and_copy_tuple: a new tuple of exact str (str subclasses copied), or TypeError for a non-str.</summary>
    static PyTuple? ValidateAndCopyTuple(PyTuple t)
    {
        var items = new PyObject[t.Count];
        for (int i = 0; i < items.Length; i++)
        {
            var item = t.Items[i];
            if (item is not PyUnicode s)
            {
                for (int j = 0; j < i; j++) Py.DECREF(items[j]);
                Errors.SetString(PyExc.TypeError, $"name tuples must contain only strings, not '{item.ob_type.tp_name}'");
                return null;
            }
            items[i] = s.ob_type == PyUnicode.Type ? Py.NewRef(s) : PyUnicode.ExactCopy(s);
        }
        return PyTuple.FromStolen(items);
    }

    /// <summary>code.replace's parameters (all keyword-only, each defaulting to the field it replaces).</summary>
    static readonly ArgParse.Parser ReplaceParser = new("replace", 0,
        ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno",
         "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name",
         "co_qualname", "co_linetable", "co_exceptiontable"], 0, 0, 0);

    [PyMethod("replace", TextSignature = "($self, /, **changes)", Doc = "Return a copy of the code object with new values for the specified fields.",
        Raw = "__replace__ is the same clinic function, so both parse with one parser and name replace() in their messages")]
    static PyObject? Replace(PyCode self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ReplaceImpl(self, args, kwnames);

    [PyMethod("__replace__", TextSignature = "($self, /, **changes)", Doc = "The same as replace().",
        Raw = "CPython's __replace__ is replace's own clinic function, with its messages")]
    static PyObject? DunderReplace(PyCode self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ReplaceImpl(self, args, kwnames);

    /// <summary>code_replace_impl: a new code object with the given fields changed.</summary>
    static PyObject? ReplaceImpl(PyCode self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[18];
        if (!ArgParse.UnpackKeywords(args, kwnames, ReplaceParser, a)) return null;
        var co = self.Co;
        int[] ints = [co.ArgCount, co.PosOnlyArgCount, co.KwOnlyArgCount, self.NamesOfKind(CodeObject.CO_FAST_LOCAL).Length,
            co.StackSize, co.Flags, co.FirstLineno];
        for (int i = 0; i < ints.Length; i++)
            if (a[i] != null && !ArgParse.ToInt(a[i]!, out ints[i])) return null;
        string[] expected = ["bytes", "tuple", "tuple", "tuple", "tuple", "tuple", "str", "str", "str", "bytes", "bytes"];
        for (int i = 7; i < 18; i++)
        {
            var v = a[i];
            if (v == null) continue;
            bool ok = expected[i - 7] switch { "bytes" => v is PyBytes, "tuple" => v is PyTuple, _ => v is PyUnicode };
            if (!ok) return ArgParse.BadArgument("replace", $"argument '{ReplaceParser.KwNames[i]}'", expected[i - 7], v);
        }
        for (int i = 0; i < ints.Length; i++)
            if (ints[i] < 0) return Errors.SetString(PyExc.ValueError, $"{ReplaceParser.KwNames[i]} must be a positive integer");
        var code = (PyBytes?)a[7] ?? PyBytes.FromBytes(co.Code);
        var filename = (PyUnicode?)a[13] ?? self.Filename;
        var name = (PyUnicode?)a[14] ?? self.Name;
        PyObject? result;
        {
            var varnames = (PyTuple?)a[10] ?? PyTuple.FromBorrowed(self.NamesOfKind(CodeObject.CO_FAST_LOCAL));
            var freevars = (PyTuple?)a[11] ?? PyTuple.FromBorrowed(self.NamesOfKind(CodeObject.CO_FAST_FREE));
            var cellvars = (PyTuple?)a[12] ?? PyTuple.FromBorrowed(self.NamesOfKind(CodeObject.CO_FAST_CELL));
            result = NewWithPosOnlyArgs(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], code,
                (PyTuple?)a[8] ?? self.ConstsTuple, (PyTuple?)a[9] ?? self.NamesTuple, varnames, freevars, cellvars,
                filename, name, (PyUnicode?)a[15] ?? self.QualName, ints[6],
                (PyBytes?)a[16] ?? self.LineTableBytes, (PyBytes?)a[17] ?? self.ExceptionTableBytes);
            if (a[10] == null) Py.DECREF(varnames);
            if (a[11] == null) Py.DECREF(freevars);
            if (a[12] == null) Py.DECREF(cellvars);
        }
        if (a[7] == null) Py.DECREF(code);
        return result;
    }
}
