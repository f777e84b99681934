using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// The `_pickle` module (Modules/_pickle.c): the accelerated Pickler and Unpickler that
/// Lib/pickle.py exports, dump/dumps/load/loads, the exceptions, and PickleBuffer.
/// </summary>
[PyModule("_pickle", Doc = "Optimized C implementation for the Python pickle module.")]
public static partial class PickleModule
{
    [PyConstant("Pickler")] static PyObject PicklerType => Py.NewRef(PyPickler.Type);
    [PyConstant("Unpickler")] static PyObject UnpicklerType => Py.NewRef(PyUnpickler.Type);
    [PyConstant("PickleBuffer")] static PyObject PickleBufferType => Py.NewRef(PyPickleBuffer.Type);

    static int InitModule(PyModule m)
    {
        var st = new PickleState();
        var pickleError = Errors.NewException("_pickle", "PickleError", PyExc.Exception);
        if (pickleError == null) return -1;
        st.PickleError = pickleError;
        var picklingError = Errors.NewException("_pickle", "PicklingError", pickleError);
        if (picklingError == null) return -1;
        st.PicklingError = picklingError;
        var unpicklingError = Errors.NewException("_pickle", "UnpicklingError", pickleError);
        if (unpicklingError == null) return -1;
        st.UnpicklingError = unpicklingError;
        if (m.Add("PickleError", Py.NewRef(pickleError)) < 0
            || m.Add("PicklingError", Py.NewRef(picklingError)) < 0
            || m.Add("UnpicklingError", Py.NewRef(unpicklingError)) < 0)
            return -1;
        if (st.Init() < 0) return -1;
        ModuleState<PickleState>.Set(Interpreter.Current, st);
        return 0;
    }

    [PyMethod("dump", TextSignature = "($module, /, obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)",
        Doc = "Write a pickled representation of obj to the open file object file.\n\n"
            + "This is equivalent to ``Pickler(file, protocol).dump(obj)``, but may\nbe more efficient.\n\n"
            + "The optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\n"
            + "protocol is 5. It was introduced in Python 3.8, and is incompatible\nwith previous versions.\n\n"
            + "Specifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\n"
            + "version of Python needed to read the pickle produced.\n\n"
            + "The *file* argument must have a write() method that accepts a single\nbytes argument.  It can thus be a file object opened for binary\n"
            + "writing, an io.BytesIO instance, or any other custom object that meets\nthis interface.\n\n"
            + "If *fix_imports* is True and protocol is less than 3, pickle will try\nto map the new Python 3 names to the old module names used in Python\n"
            + "2, so that the pickle data stream is readable with Python 2.\n\n"
            + "If *buffer_callback* is None (the default), buffer views are serialized\ninto *file* as part of the pickle stream.  It is an error if\n"
            + "*buffer_callback* is not None and *protocol* is None or smaller than 5.")]
    static PyObject? Dump([Keyword] PyObject obj, [Keyword] PyObject file, [Keyword] PyObject? protocol = null,
        [KeywordOnly] bool fix_imports = true, [KeywordOnly] PyObject? buffer_callback = null)
    {
        var st = PickleState.Get();
        var pickler = PyPickler.Create(Op.DEFAULT_PROTOCOL, fix_imports);
        PyObject? result = null;
        if (pickler.SetProtocol(protocol, fix_imports) == 0 && pickler.SetOutputStream(file) == 0
            && pickler.SetBufferCallback(buffer_callback) == 0 && pickler.DumpObject(st, obj) == 0 && pickler.FlushToFile() == 0)
            result = Py.None;
        Py.DECREF(pickler);
        return result;
    }

    [PyMethod("dumps", TextSignature = "($module, /, obj, protocol=None, *, fix_imports=True, buffer_callback=None)",
        Doc = "Return the pickled representation of the object as a bytes object.\n\n"
            + "The optional *protocol* argument tells the pickler to use the given\nprotocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default\n"
            + "protocol is 5. It was introduced in Python 3.8, and is incompatible\nwith previous versions.\n\n"
            + "Specifying a negative protocol version selects the highest protocol\nversion supported.  The higher the protocol used, the more recent the\n"
            + "version of Python needed to read the pickle produced.\n\n"
            + "If *fix_imports* is True and *protocol* is less than 3, pickle will\ntry to map the new Python 3 names to the old module names used in\n"
            + "Python 2, so that the pickle data stream is readable with Python 2.\n\n"
            + "If *buffer_callback* is None (the default), buffer views are serialized\ninto *file* as part of the pickle stream.  It is an error if\n"
            + "*buffer_callback* is not None and *protocol* is None or smaller than 5.")]
    static PyObject? Dumps([Keyword] PyObject obj, [Keyword] PyObject? protocol = null,
        [KeywordOnly] bool fix_imports = true, [KeywordOnly] PyObject? buffer_callback = null)
    {
        var st = PickleState.Get();
        var pickler = PyPickler.Create(Op.DEFAULT_PROTOCOL, fix_imports);
        PyObject? result = null;
        if (pickler.SetProtocol(protocol, fix_imports) == 0 && pickler.SetBufferCallback(buffer_callback) == 0
            && pickler.DumpObject(st, obj) == 0)
            result = pickler.GetBytes();
        Py.DECREF(pickler);
        return result;
    }

    [PyMethod("load", TextSignature = "($module, /, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
        Doc = "Read and return an object from the pickle data stored in a file.\n\n"
            + "This is equivalent to ``Unpickler(file).load()``, but may be more\nefficient.\n\n"
            + "The protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\n"
            + "representation are ignored.\n\n"
            + "The argument *file* must have two methods, a read() method that takes\nan integer argument, and a readline() method that requires no\n"
            + "arguments.  Both methods should return bytes.  Thus *file* can be a\nbinary file object opened for reading, an io.BytesIO object, or any\n"
            + "other custom object that meets this interface.\n\n"
            + "Optional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\n"
            + "generated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n"
            + "*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\n"
            + "respectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.")]
    static PyObject? Load([Keyword] PyObject file, [KeywordOnly] bool fix_imports = true, [KeywordOnly] string encoding = "ASCII",
        [KeywordOnly] string errors = "strict", [KeywordOnly] PyObject? buffers = null)
    {
        var st = PickleState.Get();
        var unpickler = PyUnpickler.Create();
        PyObject? result = null;
        if (unpickler.SetInputStream(file) == 0)
        {
            unpickler.SetInputEncoding(encoding, errors);
            if (unpickler.SetBuffers(buffers) == 0)
            {
                unpickler.SetFixImports(fix_imports);
                result = unpickler.Load(st);
            }
        }
        Py.DECREF(unpickler);
        return result;
    }

    [PyMethod("loads", TextSignature = "($module, data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
        Doc = "Read and return an object from the given pickle data.\n\n"
            + "The protocol version of the pickle is detected automatically, so no\nprotocol argument is needed.  Bytes past the pickled object's\n"
            + "representation are ignored.\n\n"
            + "Optional keyword arguments are *fix_imports*, *encoding* and *errors*,\nwhich are used to control compatibility support for pickle stream\n"
            + "generated by Python 2.  If *fix_imports* is True, pickle will try to\nmap the old Python 2 names to the new names used in Python 3.  The\n"
            + "*encoding* and *errors* tell pickle how to decode 8-bit string\ninstances pickled by Python 2; these default to 'ASCII' and 'strict',\n"
            + "respectively.  The *encoding* can be 'bytes' to read these 8-bit\nstring instances as bytes objects.")]
    static PyObject? Loads(PyObject data, [KeywordOnly] bool fix_imports = true, [KeywordOnly] string encoding = "ASCII",
        [KeywordOnly] string errors = "strict", [KeywordOnly] PyObject? buffers = null)
    {
        var st = PickleState.Get();
        var unpickler = PyUnpickler.Create();
        PyObject? result = null;
        if (unpickler.SetStringInput(data) >= 0)
        {
            unpickler.SetInputEncoding(encoding, errors);
            if (unpickler.SetBuffers(buffers) == 0)
            {
                unpickler.SetFixImports(fix_imports);
                result = unpickler.Load(st);
            }
        }
        Py.DECREF(unpickler);
        return result;
    }
}
