using System;
using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// The code object's attributes and methods (Objects/codeobject.c: code_memberlist, code_getsetlist, code_methods).
public sealed partial class PyCode
{
    [PyGetter("co_argcount")] static PyObject? GetArgCount(PyCode c) => PyLong.FromLong(c.Co.ArgCount);
    [PyGetter("co_posonlyargcount")] static PyObject? GetPosOnlyArgCount(PyCode c) => PyLong.FromLong(c.Co.PosOnlyArgCount);
    [PyGetter("co_kwonlyargcount")] static PyObject? GetKwOnlyArgCount(PyCode c) => PyLong.FromLong(c.Co.KwOnlyArgCount);
    [PyGetter("co_stacksize")] static PyObject? GetStackSize(PyCode c) => PyLong.FromLong(c.Co.StackSize);
    [PyGetter("co_flags")] static PyObject? GetFlags(PyCode c) => PyLong.FromLong(c.Co.Flags);
    [PyGetter("co_firstlineno")] static PyObject? GetFirstLineno(PyCode c) => PyLong.FromLong(c.Co.FirstLineno);
    [PyGetter("co_name")] static PyObject? GetName(PyCode c) => Py.NewRef(c.Name);
    [PyGetter("co_qualname")] static PyObject? GetQualName(PyCode c) => Py.NewRef(c.QualName);
    [PyGetter("co_filename")] static PyObject? GetFilename(PyCode c) => Py.NewRef(c.Filename);
    [PyGetter("co_consts")] static PyObject? GetConsts(PyCode c) => Py.NewRef(c.ConstsTuple);
    [PyGetter("co_names")] static PyObject? GetNames(PyCode c) => Py.NewRef(c.NamesTuple);
    [PyGetter("co_code")] static PyObject? GetCode(PyCode c) => PyBytes.FromBytes(c.Co.Code);

    /// <summary>_co_code_adaptive: the instructions the eval loop runs (dis's adaptive=True); Sharpy does not rewrite them yet, so co_code.</summary>
    [PyGetter("_co_code_adaptive")]
    static PyObject? GetCodeAdaptive(PyCode c)
    {
        var bytes = new byte[c.Instructions.Length * 2];
        for (int i = 0; i < c.Instructions.Length; i++)
        {
            bytes[2 * i] = (byte)c.Instructions[i];
            bytes[2 * i + 1] = (byte)(c.Instructions[i] >> 8);
        }
        return PyBytes.FromBytes(bytes);
    }

    [PyGetter("co_linetable")] static PyObject? GetLineTable(PyCode c) => Py.NewRef(c.LineTableBytes);
    [PyGetter("co_exceptiontable")] static PyObject? GetExceptionTable(PyCode c) => Py.NewRef(c.ExceptionTableBytes);
    [PyGetter("co_nlocals")] static PyObject? GetNLocals(PyCode c) => PyLong.FromLong(c.NamesOfKind(CodeObject.CO_FAST_LOCAL).Length);
    [PyGetter("co_varnames")] static PyObject? GetVarNames(PyCode c) => PyTuple.FromBorrowed(c.NamesOfKind(CodeObject.CO_FAST_LOCAL));
    [PyGetter("co_cellvars")] static PyObject? GetCellVars(PyCode c) => PyTuple.FromBorrowed(c.NamesOfKind(CodeObject.CO_FAST_CELL));
    [PyGetter("co_freevars")] static PyObject? GetFreeVars(PyCode c) => PyTuple.FromBorrowed(c.NamesOfKind(CodeObject.CO_FAST_FREE));

    /// <summary>The names of co_localsplusnames whose kind has <paramref name="kind"/> (an argument may be both a local and a cell).</summary>
    internal PyObject[] NamesOfKind(byte kind)
    {
        var r = new List<PyObject>();
        for (int i = 0; i < LocalsPlusNames.Length; i++)
            if ((Co.LocalsPlusKinds[i] & kind) != 0) r.Add(LocalsPlusNames[i]);
        return r.ToArray();
    }

    /// <summary>_varname_from_oparg(oparg): the name of a LOAD_FAST/LOAD_DEREF... operand (what dis prints).</summary>
    [PyMethod("_varname_from_oparg", Doc = "(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this method is for internal use only and may change or go away.")]
    static PyObject? VarnameFromOparg(PyCode self, [Keyword] int oparg)
    {
        if ((uint)oparg >= (uint)self.LocalsPlusNames.Length)
            return Errors.SetString(PyExc.IndexError, "tuple index out of range");
        return Py.NewRef(self.LocalsPlusNames[oparg]);
    }

    /// <summary>co_lines(): (start, end, line) for each run of bytecode with one line (None when it has none).</summary>
    [PyMethod("co_lines")]
    static PyObject? CoLines(PyCode self)
    {
        var result = PyList.New();
        int runStart = 0, runEnd = 0, runLine = int.MinValue;
        foreach (var (start, end, loc) in LineTable.Ranges(self))
        {
            if (start == end) continue;
            if (runLine != int.MinValue && loc.Line == runLine)
            {
                runEnd = end;
                continue;
            }
            if (runLine != int.MinValue) AppendLine(result, runStart, runEnd, runLine);
            runStart = start;
            runEnd = end;
            runLine = loc.Line;
        }
        if (runLine != int.MinValue) AppendLine(result, runStart, runEnd, runLine);
        var it = Abstract.GetIter(result);
        Py.DECREF(result);
        return it;
    }

    static void AppendLine(PyList list, int start, int end, int line)
    {
        var t = PyTuple.FromStolen([PyLong.FromLong(start * 2), PyLong.FromLong(end * 2), LocationPart(line)]);
        list.AppendSteal(t);
    }

    /// <summary>co_positions(): (line, end line, column, end column) for each code unit, None where unknown.</summary>
    [PyMethod("co_positions")]
    static PyObject? CoPositions(PyCode self)
    {
        var result = PyList.New();
        foreach (var (start, end, loc) in LineTable.Ranges(self))
            for (int i = start; i < end; i++)
                result.AppendSteal(PyTuple.FromStolen([LocationPart(loc.Line), LocationPart(loc.EndLine), LocationPart(loc.Column), LocationPart(loc.EndColumn)]));
        var it = Abstract.GetIter(result);
        Py.DECREF(result);
        return it;
    }

    static PyObject LocationPart(int v) => v < 0 ? Py.None : PyLong.FromLong(v);

    /// <summary>replace(**changes): a copy with the given co_* fields changed (the scalar and name fields, co_consts, co_code and the tables).</summary>
    [PyMethod("replace", Raw = "each co_* keyword is checked against the field it replaces, as code_replace_impl")]
    static PyObject? Replace(PyCode self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        if (args.Length > nk)
            return Errors.SetString(PyExc.TypeError, $"replace() takes 0 positional arguments but {args.Length - nk} were given");
        var co = self.Co.Clone();
        PyTuple consts = self.ConstsTuple;
        PyBytes lineTable = self.LineTableBytes, exceptionTable = self.ExceptionTableBytes;
        for (int k = 0; k < nk; k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            var v = args[args.Length - nk + k].AsBorrowed;
            switch (key)
            {
                case "co_name": case "co_qualname": case "co_filename":
                    if (v is not PyUnicode s)
                        return Errors.SetString(PyExc.TypeError, $"replace() argument '{key}' must be str, not {v.ob_type.tp_name}");
                    if (key == "co_name") co.Name = s.Value;
                    else if (key == "co_qualname") co.QualName = s.Value;
                    else co.Filename = s.Value;
                    break;
                case "co_argcount": case "co_posonlyargcount": case "co_kwonlyargcount":
                case "co_stacksize": case "co_flags": case "co_firstlineno":
                    if (v is not PyLong || !((PyLong)v).TryGetLong(out long n) || n < int.MinValue || n > int.MaxValue)
                        return Errors.SetString(PyExc.TypeError, $"replace() argument '{key}' must be int, not {v.ob_type.tp_name}");
                    if (key == "co_argcount") co.ArgCount = (int)n;
                    else if (key == "co_posonlyargcount") co.PosOnlyArgCount = (int)n;
                    else if (key == "co_kwonlyargcount") co.KwOnlyArgCount = (int)n;
                    else if (key == "co_stacksize") co.StackSize = (int)n;
                    else if (key == "co_flags") co.Flags = (int)n;
                    else co.FirstLineno = (int)n;
                    break;
                case "co_consts":
                    if (v.ob_type != PyTuple.Type)
                        return Errors.SetString(PyExc.TypeError, $"replace() argument 'co_consts' must be tuple, not {v.ob_type.tp_name}");
                    consts = (PyTuple)v;
                    break;
                case "co_code": case "co_linetable": case "co_exceptiontable":
                    if (v is not PyBytes b)
                        return Errors.SetString(PyExc.TypeError, $"replace() argument '{key}' must be bytes, not {v.ob_type.tp_name}");
                    if (key == "co_code")
                    {
                        if (b.Length % 2 != 0) return Errors.SetString(PyExc.ValueError, "code: co_code is malformed");
                        co.Code = b.Value;
                    }
                    else if (key == "co_linetable") { co.LineTable = b.Value; lineTable = b; }
                    else { co.ExceptionTable = b.Value; exceptionTable = b; }
                    break;
                default:
                    return Errors.SetString(PyExc.TypeError, $"replace() got an unexpected keyword argument '{key}'");
            }
        }
        return new PyCode(co, Py.NewRef(consts), Py.NewRef(self.NamesTuple), Py.NewRef(self.LocalsPlusNamesTuple),
            Py.NewRef(lineTable), Py.NewRef(exceptionTable));
    }
}
