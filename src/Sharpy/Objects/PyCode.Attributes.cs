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
        return new PyLineIter(result);
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
        return new PyPositionsIter(result);
    }

    static PyObject LocationPart(int v) => v < 0 ? Py.None : PyLong.FromLong(v);

    /// <summary>co_lnotab (deprecated): the pre-3.10 table of (bytecode delta, line delta) byte pairs, made from co_linetable (decode_linetable).</summary>
    [PyGetter("co_lnotab")]
    static PyObject? GetLnotab(PyCode c)
    {
        if (Warnings.WarnEx(PyExc.DeprecationWarning, "co_lnotab is deprecated, use co_lines instead.", 1) < 0) return null;
        var table = new List<byte>();
        int codeOffset = 0, line = c.Co.FirstLineno, computed = line;
        foreach (var (start, _, loc) in LineTable.Ranges(c))
        {
            // An entry without a line keeps the line computed so far.
            if (loc.Line >= 0) computed = loc.Line;
            if (computed == line) continue;
            int bdelta = start * 2 - codeOffset, ldelta = computed - line;
            for (; bdelta > 255; bdelta -= 255) { table.Add(255); table.Add(0); }
            for (; ldelta > 127; ldelta -= 127, bdelta = 0) { table.Add((byte)bdelta); table.Add(127); }
            for (; ldelta < -128; ldelta += 128, bdelta = 0) { table.Add((byte)bdelta); table.Add(0x80); }
            table.Add((byte)bdelta);
            table.Add((byte)(sbyte)ldelta);
            codeOffset = start * 2;
            line = computed;
        }
        return PyBytes.FromBytes(table.ToArray());
    }

    /// <summary>
    /// co_branches(): (source, not-taken, taken) byte offsets of each conditional branch, as
    /// sys.monitoring's BRANCH_LEFT/BRANCH_RIGHT events see them (Python/instrumentation.c):
    /// POP_JUMP_IF_* (not taken continues after its NOT_TAKEN), FOR_ITER (the exhausted
    /// iterator jumps past END_FOR and POP_ITER) and END_ASYNC_FOR (from its END_SEND).
    /// </summary>
    [PyMethod("co_branches")]
    static PyObject? CoBranches(PyCode self)
    {
        var result = PyList.New();
        var code = self.Instructions;
        int oparg = 0;
        for (int i = 0; i < code.Length;)
        {
            int op = code[i] & 0xff;
            int next = i + 1 + Op.CacheEntries(op);
            oparg = oparg << 8 | code[i] >> 8;
            switch (op)
            {
                case Op.EXTENDED_ARG:
                    i = next;
                    continue;
                case Op.FOR_ITER:
                    AppendBranch(result, i, next, next + oparg + 2);
                    break;
                case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
                    AppendBranch(result, i, next + 1, next + oparg);
                    next++;
                    break;
                case Op.END_ASYNC_FOR:
                    AppendBranch(result, next - oparg, next - oparg + 2, next);
                    break;
            }
            oparg = 0;
            i = next;
        }
        return new PyLineIter(result);
    }

    static void AppendBranch(PyList list, int source, int notTaken, int taken) =>
        list.AppendSteal(PyTuple.FromStolen([PyLong.FromLong(source * 2), PyLong.FromLong(notTaken * 2), PyLong.FromLong(taken * 2)]));
}
