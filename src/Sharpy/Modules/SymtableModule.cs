using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_symtable` module (Modules/symtablemodule.c): the compiler's own symbol table, as
/// `symtable entry` objects, for Lib/symtable.py. The flag and scope constants are the
/// compiler's (<see cref="Sym"/> holds CPython's values).
/// </summary>
[PyModule("_symtable")]
public static partial class SymtableModule
{
    [PyMethod("symtable", Doc = "Return symbol and scope dictionaries used internally by compiler.")]
    static PyObject? Symtable(PyObject source, FsDecoded filename, string startstr)
    {
        // Clinic's str converter refuses a null character before the body runs.
        if (startstr.Contains('\0')) return Errors.SetString(PyExc.ValueError, "embedded null character");
        var bytes = BuiltinsModule.SourceBytes(source, "symtable() arg 1 must be a string or bytes object");
        if (bytes == null) return null;
        ParseMode mode;
        switch (startstr)
        {
            case "exec": mode = ParseMode.Exec; break;
            case "eval": mode = ParseMode.Eval; break;
            case "single": mode = ParseMode.Single; break;
            default: return Errors.SetString(PyExc.ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        }
        var st = Pipeline.BuildSymtable(bytes, filename.Value, mode, source is PyUnicode ? ParseFlags.IgnoreCookie : ParseFlags.None);
        return st == null ? null : SymtableEntryObject.FromEntry(st.Top);
    }

    [PyConstant] const int USE = Sym.USE;
    [PyConstant] const int DEF_GLOBAL = Sym.DEF_GLOBAL;
    [PyConstant] const int DEF_NONLOCAL = Sym.DEF_NONLOCAL;
    [PyConstant] const int DEF_LOCAL = Sym.DEF_LOCAL;
    [PyConstant] const int DEF_PARAM = Sym.DEF_PARAM;
    [PyConstant] const int DEF_TYPE_PARAM = Sym.DEF_TYPE_PARAM;
    [PyConstant] const int DEF_FREE_CLASS = Sym.DEF_FREE_CLASS;
    [PyConstant] const int DEF_IMPORT = Sym.DEF_IMPORT;
    [PyConstant] const int DEF_BOUND = Sym.DEF_BOUND;
    [PyConstant] const int DEF_ANNOT = Sym.DEF_ANNOT;
    [PyConstant] const int DEF_COMP_ITER = Sym.DEF_COMP_ITER;
    [PyConstant] const int DEF_COMP_CELL = Sym.DEF_COMP_CELL;

    [PyConstant] const int TYPE_FUNCTION = (int)BlockType.Function;
    [PyConstant] const int TYPE_CLASS = (int)BlockType.Class;
    [PyConstant] const int TYPE_MODULE = (int)BlockType.Module;
    [PyConstant] const int TYPE_ANNOTATION = (int)BlockType.Annotation;
    [PyConstant] const int TYPE_TYPE_ALIAS = (int)BlockType.TypeAlias;
    [PyConstant] const int TYPE_TYPE_PARAMETERS = (int)BlockType.TypeParameters;
    [PyConstant] const int TYPE_TYPE_VARIABLE = (int)BlockType.TypeVariable;

    [PyConstant] const int LOCAL = Sym.LOCAL;
    [PyConstant] const int GLOBAL_EXPLICIT = Sym.GLOBAL_EXPLICIT;
    [PyConstant] const int GLOBAL_IMPLICIT = Sym.GLOBAL_IMPLICIT;
    [PyConstant] const int FREE = Sym.FREE;
    [PyConstant] const int CELL = Sym.CELL;

    [PyConstant] const int SCOPE_OFF = Sym.SCOPE_OFFSET;
    [PyConstant] const int SCOPE_MASK = Sym.SCOPE_MASK;
}
