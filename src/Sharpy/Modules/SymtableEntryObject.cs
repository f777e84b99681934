using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `symtable entry` (PySTEntryObject in Python/symtable.c): one scope of the compiler's symbol
/// table as `_symtable.symtable` returns it, with CPython's read-only members. Made from a
/// finished <see cref="SymtableEntry"/>: its symbols carry their scope bits, and the children
/// of inlined comprehensions are already spliced into their parent's list.
/// </summary>
[PyMember("id", nameof(Id), ReadOnly = true)]
[PyMember("name", nameof(Name), ReadOnly = true)]
[PyMember("symbols", nameof(Symbols), ReadOnly = true)]
[PyMember("varnames", nameof(Varnames), ReadOnly = true)]
[PyMember("children", nameof(Children), ReadOnly = true)]
[PyMember("nested", nameof(Nested), ReadOnly = true)]
[PyMember("type", nameof(SteType), ReadOnly = true)]
[PyMember("lineno", nameof(Lineno), ReadOnly = true)]
[PyType("symtable entry")]
public sealed partial class SymtableEntryObject : PyObject
{
    // CPython's ste_id is the address of the AST node that opened the block; here it is the
    // entry object's own id(), as unique while the tree lives.
    PyObject? Id, Name, Symbols, Varnames, Children;
    long Nested, SteType, Lineno;

    SymtableEntryObject() : base(Type) { }

    /// <summary>The entry for <paramref name="ste"/> and, recursively, its children.</summary>
    internal static SymtableEntryObject? FromEntry(SymtableEntry ste)
    {
        var self = new SymtableEntryObject
        {
            Nested = ste.Nested ? 1 : 0, SteType = (int)ste.Type, Lineno = ste.Loc.Lineno,
        };
        self.Id = PyLong.FromLong(Interpreter.IdOf(self));
        self.Name = PyUnicode.FromString(ste.Name);
        var symbols = PyDict.New();
        self.Symbols = symbols;
        foreach (var (name, flags) in ste.Symbols)
        {
            var k = PyUnicode.FromString(name);
            var v = PyLong.FromLong(flags);
            int r = symbols.SetItem(k, v);
            Py.DECREF(k);
            Py.DECREF(v);
            if (r < 0) return Fail(self);
        }
        var varnames = PyList.New(ste.Varnames.Count);
        self.Varnames = varnames;
        foreach (var name in ste.Varnames)
            varnames.AppendSteal(PyUnicode.FromString(name));
        var children = PyList.New(ste.Children.Count);
        self.Children = children;
        foreach (var child in ste.Children)
        {
            var c = FromEntry(child);
            if (c == null) return Fail(self);
            children.AppendSteal(c);
        }
        return self;
    }

    static SymtableEntryObject? Fail(SymtableEntryObject self)
    {
        Py.DECREF(self);
        return null;
    }

    /// <summary>ste_repr: &lt;symtable entry NAME(ID), line N&gt;.</summary>
    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (SymtableEntryObject)o;
        var id = Abstract.ReprString(self.Id!);
        if (id == null) return null;
        return PyUnicode.FromString($"<symtable entry {((PyUnicode)self.Name!).Value}({id}), line {self.Lineno}>");
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Id);
        Py.CLEAR(ref Name);
        Py.CLEAR(ref Symbols);
        Py.CLEAR(ref Varnames);
        Py.CLEAR(ref Children);
    }
}
