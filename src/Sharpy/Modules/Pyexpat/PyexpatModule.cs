using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// The `pyexpat` module (Modules/pyexpat.c): ParserCreate, ErrorString, ExpatError, the
/// errors and model submodules and the description of the expat it is built on. The parser
/// is our own C# implementation of expat's behaviour (<see cref="ExpatParser"/>); it claims
/// the expat version CPython 3.14 bundles.
/// </summary>
[PyModule("pyexpat", Doc = "Python wrapper for Expat parser.")]
public static partial class PyexpatModule
{
    const int MajorVersion = 2, MinorVersion = 7, MicroVersion = 3;

    [PyConstant] const string EXPAT_VERSION = "expat_2.7.3";
    [PyConstant] const string native_encoding = "UTF-8";
    [PyConstant] const int XML_PARAM_ENTITY_PARSING_NEVER = ExpatParser.ParamEntityParsingNever;
    [PyConstant] const int XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = ExpatParser.ParamEntityParsingUnlessStandalone;
    [PyConstant] const int XML_PARAM_ENTITY_PARSING_ALWAYS = ExpatParser.ParamEntityParsingAlways;
    [PyConstant("XMLParserType")] static PyObject ParserType => Py.NewRef(XmlParserObject.Type);
    [PyConstant("version_info")] static PyObject VersionInfo =>
        PyTuple.FromStolen([PyLong.FromLong(MajorVersion), PyLong.FromLong(MinorVersion), PyLong.FromLong(MicroVersion)]);

    /// <summary>XML_GetFeatureList as pyexpat reports it (name, value).</summary>
    static readonly (string Name, long Value)[] s_features =
    [
        ("sizeof(XML_Char)", 1),
        ("sizeof(XML_LChar)", 1),
        ("XML_DTD", 0),
        ("XML_CONTEXT_BYTES", 1024),
        ("XML_NS", 0),
        ("XML_BLAP_MAX_AMP", 100),
        ("XML_BLAP_ACT_THRES", 8388608),
        ("XML_GE", 0),
        ("XML_AT_MAX_AMP", 100),
        ("XML_AT_ACT_THRES", 67108864),
    ];

    [PyMethod("ParserCreate", TextSignature = "($module, /, encoding=None, namespace_separator=None,\n             intern=<unrepresentable>)",
        Doc = "Return a new XML parser object.")]
    static PyObject? ParserCreate([Keyword] string? encoding = null, [Keyword] string? namespace_separator = null, [Keyword] PyObject? intern = null)
    {
        if (namespace_separator != null && Encoding.UTF8.GetByteCount(namespace_separator) > 1)
            return Errors.SetString(PyExc.ValueError, "namespace_separator must be at most one character, omitted, or None");
        PyDict? internDict;
        if (intern == null) internDict = PyDict.New();
        else if (intern == Py.None) internDict = null;
        else if (intern is PyDict d) internDict = Py.NewRef(d);
        else return Errors.SetString(PyExc.TypeError, "intern must be a dictionary");
        char? sep = namespace_separator is { Length: 1 } ? namespace_separator[0] : null;
        var parser = XmlParserObject.Create(encoding, sep, namespace_separator != null, internDict);
        Py.XDECREF(internDict);
        return parser;
    }

    [PyMethod("ErrorString", TextSignature = "($module, code, /)", Doc = "Returns string error for given number.")]
    static PyObject? ErrorString(long code)
    {
        var msg = ExpatErrors.Message(code);
        return msg == null ? Py.None : PyUnicode.FromString(msg);
    }

    static int InitModule(PyModule m)
    {
        var error = Errors.NewException("xml.parsers.expat", "ExpatError", PyExc.Exception);
        if (error == null) return -1;
        ModuleState<PyexpatState>.Set(Interpreter.Current, new PyexpatState(error));
        if (m.Add("ExpatError", Py.NewRef(error)) < 0 || m.Add("error", Py.NewRef(error)) < 0) return -1;
        var features = PyList.New(s_features.Length);
        foreach (var (name, value) in s_features)
            features.AppendSteal(PyTuple.FromStolen([PyUnicode.FromString(name), PyLong.FromLong(value)]));
        if (m.Add("features", features) < 0) return -1;
        var errors = ErrorsModule();
        if (errors == null || AddSubmodule(m, "errors", errors) < 0) return -1;
        return AddSubmodule(m, "model", ModelModule());
    }

    /// <summary>The submodule as an attribute and in sys.modules as "pyexpat.NAME", as pyexpat adds them.</summary>
    static int AddSubmodule(PyModule m, string name, PyModule sub)
    {
        if (Interpreter.Modules.SetItemString("pyexpat." + name, sub) < 0)
        {
            Py.DECREF(sub);
            return -1;
        }
        return m.Add(name, sub);
    }

    static PyModule? ErrorsModule()
    {
        var mod = new PyModule("pyexpat.errors");
        mod.Dict.SetItemStringSteal("__doc__", PyUnicode.FromString("Constants used to describe error conditions."));
        var codes = PyDict.New();
        var messages = PyDict.New();
        for (int code = 1; code <= ExpatErrors.Count; code++)
        {
            var msg = PyUnicode.FromString(ExpatErrors.Message(code)!);
            var num = PyLong.FromLong(code);
            if (mod.Dict.SetItemString(ExpatErrors.Names[code], msg) < 0 || codes.SetItem(msg, num) < 0 || messages.SetItem(num, msg) < 0)
            {
                Py.DECREF(msg);
                Py.DECREF(num);
                Py.DECREF(codes);
                Py.DECREF(messages);
                Py.DECREF(mod);
                return null;
            }
            Py.DECREF(msg);
            Py.DECREF(num);
        }
        mod.Add("codes", codes);
        mod.Add("messages", messages);
        return mod;
    }

    static PyModule ModelModule()
    {
        var mod = new PyModule("pyexpat.model");
        mod.Dict.SetItemStringSteal("__doc__", PyUnicode.FromString("Constants used to interpret content model information."));
        mod.Add("XML_CTYPE_EMPTY", PyLong.FromLong(ExpatContentModel.Empty));
        mod.Add("XML_CTYPE_ANY", PyLong.FromLong(ExpatContentModel.Any));
        mod.Add("XML_CTYPE_MIXED", PyLong.FromLong(ExpatContentModel.Mixed));
        mod.Add("XML_CTYPE_NAME", PyLong.FromLong(ExpatContentModel.NameType));
        mod.Add("XML_CTYPE_CHOICE", PyLong.FromLong(ExpatContentModel.Choice));
        mod.Add("XML_CTYPE_SEQ", PyLong.FromLong(ExpatContentModel.Seq));
        mod.Add("XML_CQUANT_NONE", PyLong.FromLong(ExpatContentModel.QuantNone));
        mod.Add("XML_CQUANT_OPT", PyLong.FromLong(ExpatContentModel.QuantOpt));
        mod.Add("XML_CQUANT_REP", PyLong.FromLong(ExpatContentModel.QuantRep));
        mod.Add("XML_CQUANT_PLUS", PyLong.FromLong(ExpatContentModel.QuantPlus));
        return mod;
    }
}

/// <summary>pyexpat's module state: the ExpatError class.</summary>
internal sealed class PyexpatState(PyType error)
{
    public readonly PyType Error = error;

    public static PyexpatState Get() => ModuleState<PyexpatState>.Get();
}
