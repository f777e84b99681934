using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `code` (Objects/codeobject.c): the compiler's <see cref="CodeObject"/> with its constants
/// and names made into Python objects, and what the eval loop needs precomputed.
/// </summary>
[PyType("code", Doc = "code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n     flags, codestring, constants, names, varnames, filename, name,\n     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n     cellvars=(), /)\n--\n\nCreate a code object.  Not for the faint of heart.")]
public sealed partial class PyCode : PyObject, IWeakReferenceable
{
    public PyWeakReference? WeakRefList { get; set; }
    public readonly CodeObject Co;
    public readonly PyObject[] Consts;
    public readonly PyUnicode[] Names;
    public readonly PyUnicode[] LocalsPlusNames;
    /// <summary>co_code as 16-bit code units: low byte opcode, high byte oparg.</summary>
    public readonly ushort[] Instructions;
    public readonly PyUnicode Filename, Name, QualName;
    public readonly int NLocalsPlus;
    /// <summary>Slots a frame needs: locals, cells and free variables, then the value stack.</summary>
    public readonly int FrameSize;
    public readonly ExceptionTableEntry[] ExceptionTable;
    /// <summary>LOAD_GLOBAL's cache, one entry per name (made on first use by the eval loop).</summary>
    internal Sharpy.Runtime.GlobalCacheEntry[]? GlobalCache;
    /// <summary>What LOAD_ATTR sites cached beyond their inline entries (see EvalLoop.AttrCaches), and how many slots are in use.</summary>
    internal Sharpy.Runtime.AttrCacheEntry[]? AttrCache;
    internal int AttrCacheCount;
    /// <summary>sys.monitoring's data (_co_monitoring): local events, and the tools of each instruction while instrumented.</summary>
    internal Sharpy.Runtime.CodeMonitoring? Monitoring;

    /// <summary>Made by code() or replace() from bytes the compiler did not check (see EvalLoop.UnwindToHandler).</summary>
    internal bool ArbitraryBytecode;

    /// <summary>co_consts, co_names and co_localsplusnames as the tuples CPython keeps (owned).</summary>
    public readonly PyTuple ConstsTuple, NamesTuple, LocalsPlusNamesTuple;
    /// <summary>co_linetable and co_exceptiontable as the bytes CPython keeps (owned).</summary>
    public readonly PyBytes LineTableBytes, ExceptionTableBytes;

    /// <summary>The code object of a compilation's top-level code (and, through its constants, of the nested ones).</summary>
    public PyCode(CodeObject co) : this(co, new Constants.Cache()) { }

    internal PyCode(CodeObject co, Constants.Cache cache)
        : this(co, Constants.ConstsTuple(co, cache), Constants.NamesTuple(co.Names, cache),
               co.OwnLocalsPlusNames ? Constants.NamesTuple(co.LocalsPlusNames, null) : Constants.NamesTuple(co.LocalsPlusNames, cache), Constants.TableBytes(co.LineTable, cache),
               Constants.TableBytes(co.ExceptionTable, cache)) { }

    /// <summary>
    /// A code object from its fields (_PyCode_New): <paramref name="co"/> gives everything but the
    /// constants, the name tuples and the tables, which are taken over (names must be interned
    /// str; the tables hold <paramref name="co"/>'s LineTable and ExceptionTable).
    /// </summary>
    public PyCode(CodeObject co, PyTuple consts, PyTuple names, PyTuple localsPlusNames, PyBytes lineTable, PyBytes exceptionTable) : base(Type)
    {
        if (!Interpreter.Config.CodeDebugRanges)
        {
            co.LineTable = LineTable.RemoveColumnInfo(co.LineTable);
            Py.DECREF(lineTable);
            lineTable = PyBytes.FromBytes(co.LineTable);
        }
        LineTableBytes = lineTable;
        ExceptionTableBytes = exceptionTable;
        Co = co;
        ConstsTuple = consts;
        NamesTuple = names;
        LocalsPlusNamesTuple = localsPlusNames;
        Consts = consts.Items;
        Names = System.Array.ConvertAll(names.Items, o => (PyUnicode)o);
        LocalsPlusNames = System.Array.ConvertAll(localsPlusNames.Items, o => (PyUnicode)o);
        Instructions = new ushort[co.Code.Length / 2];
        for (int i = 0; i < Instructions.Length; i++) Instructions[i] = (ushort)(co.Code[2 * i] | (co.Code[2 * i + 1] << 8));
        Filename = PyUnicode.Intern(co.Filename);
        Name = PyUnicode.Intern(co.Name);
        QualName = PyUnicode.Intern(co.QualName);
        NLocalsPlus = co.LocalsPlusNames.Length;
        FrameSize = NLocalsPlus + co.StackSize;
        ExceptionTable = ExceptionTableEntry.Parse(co.ExceptionTable);
    }

    public int Flags => Co.Flags;
    public int ArgCount => Co.ArgCount;
    public int KwOnlyArgCount => Co.KwOnlyArgCount;
    public int PosOnlyArgCount => Co.PosOnlyArgCount;

    public const int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8;
    public const int CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80;
    public const int CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200, CO_HAS_DOCSTRING = 0x4000000;

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var c = (PyCode)o;
        return PyUnicode.FromString($"<code object {c.Co.Name} at 0x{Interpreter.IdOf(c):x}, file \"{c.Co.Filename}\", line {c.Co.FirstLineno}>");
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(ConstsTuple);
        Py.DECREF(NamesTuple);
        Py.DECREF(LocalsPlusNamesTuple);
        Py.DECREF(LineTableBytes);
        Py.DECREF(ExceptionTableBytes);
    }
}

/// <summary>One entry of co_exceptiontable: the handler for instructions [Start, End).</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti)
{
    /// <summary>Decode the varint-encoded table (Objects/exception_handling_notes.txt).</summary>
    public static ExceptionTableEntry[] Parse(byte[] table)
    {
        var list = new System.Collections.Generic.List<ExceptionTableEntry>();
        int i = 0;
        // A malformed table (from marshal data) ends at its last whole entry.
        int ReadVarint()
        {
            if (i >= table.Length) return -1;
            int b = table[i++];
            int v = b & 63;
            while ((b & 64) != 0)
            {
                if (i >= table.Length) return -1;
                b = table[i++];
                v = (v << 6) | (b & 63);
            }
            return v;
        }
        while (i < table.Length)
        {
            int start = ReadVarint();
            int size = ReadVarint();
            int target = ReadVarint();
            int dl = ReadVarint();
            if (start < 0 || size < 0 || target < 0 || dl < 0) break;
            list.Add(new ExceptionTableEntry(start, start + size, target, dl >> 1, (dl & 1) != 0));
        }
        return list.ToArray();
    }
}
