using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

/// <summary>
/// The `_elementtree` module (Modules/_elementtree.c), the accelerator that the tail of
/// Lib/xml/etree/ElementTree.py imports over its Python classes: Element, SubElement,
/// TreeBuilder, XMLParser (over our expat) and ParseError, and `_set_factories`.
/// </summary>
[PyModule("_elementtree")]
public static partial class ElementTreeModule
{
    [PyConstant("Element")] static PyObject ElementType => Py.NewRef(ElementObject.Type);
    [PyConstant("TreeBuilder")] static PyObject TreeBuilderType => Py.NewRef(TreeBuilderObject.Type);
    [PyConstant("XMLParser")] static PyObject XmlParserType => Py.NewRef(XmlParser.Type);

    static int InitModule(PyModule m)
    {
        // The types are static, shared by every import of the module (import_fresh_module makes
        // several), so the state they read is made once per interpreter and later imports share it.
        if (ModuleState<ElementTreeState>.Find(Interpreter.Current) is { } existing)
            return m.Add("ParseError", Py.NewRef(existing.ParseError));
        var deepcopy = Import.ImportModuleAttr("copy", "deepcopy");
        if (deepcopy == null) return -1;
        var elementPath = Import.ImportModule("xml.etree.ElementPath");
        if (elementPath == null)
        {
            Py.DECREF(deepcopy);
            return -1;
        }
        var parseError = Errors.NewException("xml.etree.ElementTree", "ParseError", PyExc.SyntaxError);
        if (parseError == null)
        {
            Py.DECREF(deepcopy);
            Py.DECREF(elementPath);
            return -1;
        }
        ModuleState<ElementTreeState>.Set(Interpreter.Current, new ElementTreeState(parseError, deepcopy, elementPath));
        return m.Add("ParseError", Py.NewRef(parseError));
    }

    [PyMethod("SubElement", Raw = "PyArg_ParseTuple(\"O!O|O!:SubElement\") with the keywords as extra attributes; C# has no optional parameter before **kwargs")]
    static PyObject? SubElement(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ElementObject.ParseTagAndAttrib("SubElement", args, kwnames, 2, out var attrib)) return null;
        if (args[0].AsBorrowed is not ElementObject)
        {
            Py.XDECREF(attrib);
            return Errors.SetString(PyExc.TypeError,
                $"SubElement() argument 1 must be {ElementObject.Type.tp_name}, not {args[0].AsBorrowed.ob_type.tp_name}");
        }
        var parent = (ElementObject)args[0].AsBorrowed;
        var elem = ElementObject.Create(args[1].AsBorrowed, attrib);
        Py.XDECREF(attrib);
        if (parent.AddSubelement(elem) < 0)
        {
            Py.DECREF(elem);
            return null;
        }
        return elem;
    }

    [PyMethod("_set_factories", Doc = "Change the factories used to create comments and processing instructions.\n\nFor internal use only.")]
    static PyObject? SetFactories(PyObject commentFactory, PyObject piFactory)
    {
        var st = ElementTreeState.Get();
        if (commentFactory.ob_type.tp_call == null && commentFactory != Py.None)
            return Errors.SetString(PyExc.TypeError, $"Comment factory must be callable, not {commentFactory.ob_type.tp_name}");
        if (piFactory.ob_type.tp_call == null && piFactory != Py.None)
            return Errors.SetString(PyExc.TypeError, $"PI factory must be callable, not {piFactory.ob_type.tp_name}");
        var old = PyTuple.Pack(st.CommentFactory ?? Py.None, st.PiFactory ?? Py.None);
        var oldComment = st.CommentFactory;
        st.CommentFactory = commentFactory == Py.None ? null : Py.NewRef(commentFactory);
        Py.XDECREF(oldComment);
        var oldPi = st.PiFactory;
        st.PiFactory = piFactory == Py.None ? null : Py.NewRef(piFactory);
        Py.XDECREF(oldPi);
        return old;
    }
}
