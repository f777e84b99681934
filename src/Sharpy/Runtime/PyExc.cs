using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The builtin exception types (Objects/exceptions.c), created once at start-up by
/// <see cref="Create"/>: those with fields are [PyType] classes (PyOSError, PySyntaxError, ...),
/// the others share their base's representation.
/// </summary>
public static class PyExc
{
    public static PyType BaseException => PyBaseException.Type;
    public static PyType BaseExceptionGroup = null!, GeneratorExit = null!, KeyboardInterrupt = null!, SystemExit = null!;
    public static PyType Exception = null!, ArithmeticError = null!, FloatingPointError = null!, OverflowError = null!, ZeroDivisionError = null!;
    public static PyType AssertionError = null!, AttributeError = null!, BufferError = null!, EOFError = null!, ExceptionGroup = null!;
    public static PyType ImportError = null!, ModuleNotFoundError = null!, LookupError = null!, IndexError = null!, KeyError = null!;
    public static PyType MemoryError = null!, NameError = null!, UnboundLocalError = null!;
    public static PyType OSError = null!, BlockingIOError = null!, ChildProcessError = null!, ConnectionError = null!, BrokenPipeError = null!;
    public static PyType ConnectionAbortedError = null!, ConnectionRefusedError = null!, ConnectionResetError = null!, FileExistsError = null!;
    public static PyType FileNotFoundError = null!, InterruptedError = null!, IsADirectoryError = null!, NotADirectoryError = null!;
    public static PyType PermissionError = null!, ProcessLookupError = null!, TimeoutError = null!;
    public static PyType ReferenceError = null!, RuntimeError = null!, NotImplementedError = null!, PythonFinalizationError = null!, RecursionError = null!;
    public static PyType StopAsyncIteration = null!, StopIteration = null!;
    public static PyType SyntaxError = null!, IndentationError = null!, TabError = null!, IncompleteInputError = null!;
    public static PyType SystemError = null!, TypeError = null!, ValueError = null!, UnicodeError = null!;
    public static PyType UnicodeDecodeError = null!, UnicodeEncodeError = null!, UnicodeTranslateError = null!;
    public static PyType Warning = null!, BytesWarning = null!, DeprecationWarning = null!, EncodingWarning = null!, FutureWarning = null!;
    public static PyType ImportWarning = null!, PendingDeprecationWarning = null!, ResourceWarning = null!, RuntimeWarning = null!;
    public static PyType SyntaxWarning = null!, UnicodeWarning = null!, UserWarning = null!;

    /// <summary>Every exception type but BaseException, bases first, for the builtins module.</summary>
    public static readonly System.Collections.Generic.List<PyType> All = new();

    /// <summary>
    /// errno → OSError subclass, for `OSError(errno, ...)` (_PyExc_InitState's errnomap), with
    /// Linux's errno numbers.
    /// </summary>
    public static PyDict ErrnoMap = null!;

    /// <summary>A type without fields of its own: BaseException's representation, or its base's.</summary>
    static PyType Make(string name, PyType baseType)
    {
        var t = TypeReady.NewStaticType(name, baseType.InstanceClass, baseType, true, null);
        All.Add(t);
        return t;
    }

    /// <summary>A declared type (a C# class with fields): its Python base is set here, since the intermediate types have no C# class.</summary>
    static PyType Declared(PyType t, PyType baseType, AllocFunc alloc)
    {
        t.tp_base = baseType;
        t.tp_alloc = alloc;
        All.Add(t);
        return t;
    }

    /// <summary>The hierarchy of Objects/exceptions.c, before the types are readied.</summary>
    internal static void Create()
    {
        var b = BaseException;
        b.tp_alloc = t => new PyBaseException(t, PyTuple.Empty);
        BaseExceptionGroup = Declared(PyBaseExceptionGroup.Type, b, t => new PyBaseExceptionGroup(t));
        GeneratorExit = Make("GeneratorExit", b);
        KeyboardInterrupt = Make("KeyboardInterrupt", b);
        SystemExit = Declared(PySystemExit.Type, b, t => new PySystemExit(t));
        Exception = Make("Exception", b);
        var e = Exception;
        ArithmeticError = Make("ArithmeticError", e);
        FloatingPointError = Make("FloatingPointError", ArithmeticError);
        OverflowError = Make("OverflowError", ArithmeticError);
        ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        AssertionError = Make("AssertionError", e);
        AttributeError = Declared(PyAttributeError.Type, e, t => new PyAttributeError(t));
        BufferError = Make("BufferError", e);
        EOFError = Make("EOFError", e);
        ImportError = Declared(PyImportError.Type, e, t => new PyImportError(t));
        ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
        LookupError = Make("LookupError", e);
        IndexError = Make("IndexError", LookupError);
        KeyError = Make("KeyError", LookupError);
        KeyError.tp_str = KeyErrorStr;
        MemoryError = Make("MemoryError", e);
        NameError = Declared(PyNameError.Type, e, t => new PyNameError(t));
        UnboundLocalError = Make("UnboundLocalError", NameError);
        OSError = Declared(PyOSError.Type, e, t => new PyOSError(t));
        BlockingIOError = Make("BlockingIOError", OSError);
        ChildProcessError = Make("ChildProcessError", OSError);
        ConnectionError = Make("ConnectionError", OSError);
        BrokenPipeError = Make("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Make("ConnectionResetError", ConnectionError);
        FileExistsError = Make("FileExistsError", OSError);
        FileNotFoundError = Make("FileNotFoundError", OSError);
        InterruptedError = Make("InterruptedError", OSError);
        IsADirectoryError = Make("IsADirectoryError", OSError);
        NotADirectoryError = Make("NotADirectoryError", OSError);
        PermissionError = Make("PermissionError", OSError);
        ProcessLookupError = Make("ProcessLookupError", OSError);
        TimeoutError = Make("TimeoutError", OSError);
        ReferenceError = Make("ReferenceError", e);
        RuntimeError = Make("RuntimeError", e);
        NotImplementedError = Make("NotImplementedError", RuntimeError);
        PythonFinalizationError = Make("PythonFinalizationError", RuntimeError);
        RecursionError = Make("RecursionError", RuntimeError);
        StopAsyncIteration = Make("StopAsyncIteration", e);
        StopIteration = Declared(PyStopIteration.Type, e, t => new PyStopIteration(t));
        SyntaxError = Declared(PySyntaxError.Type, e, t => new PySyntaxError(t));
        IndentationError = Make("IndentationError", SyntaxError);
        TabError = Make("TabError", IndentationError);
        IncompleteInputError = Make("_IncompleteInputError", SyntaxError);
        SystemError = Make("SystemError", e);
        TypeError = Make("TypeError", e);
        ValueError = Make("ValueError", e);
        UnicodeError = Make("UnicodeError", ValueError);
        UnicodeDecodeError = Declared(PyUnicodeDecodeError.Type, UnicodeError, t => new PyUnicodeDecodeError(t));
        UnicodeEncodeError = Declared(PyUnicodeEncodeError.Type, UnicodeError, t => new PyUnicodeEncodeError(t));
        UnicodeTranslateError = Declared(PyUnicodeTranslateError.Type, UnicodeError, t => new PyUnicodeTranslateError(t));
        Warning = Make("Warning", e);
        BytesWarning = Make("BytesWarning", Warning);
        DeprecationWarning = Make("DeprecationWarning", Warning);
        EncodingWarning = Make("EncodingWarning", Warning);
        FutureWarning = Make("FutureWarning", Warning);
        ImportWarning = Make("ImportWarning", Warning);
        PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
        ResourceWarning = Make("ResourceWarning", Warning);
        RuntimeWarning = Make("RuntimeWarning", Warning);
        SyntaxWarning = Make("SyntaxWarning", Warning);
        UnicodeWarning = Make("UnicodeWarning", Warning);
        UserWarning = Make("UserWarning", Warning);
    }

    /// <summary>Once the types are ready: the errno map and ExceptionGroup.</summary>
    internal static void Finish()
    {
        ErrnoMap = PyDict.New();
        ErrnoMap.SetImmortal();
        void Add(PyType t, params int[] codes)
        {
            foreach (var c in codes)
            {
                var k = PyLong.FromLong(c);
                ErrnoMap.SetItem(k, t);
                Py.DECREF(k);
            }
        }
        Add(BlockingIOError, 11, 114, 115);         // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
        Add(BrokenPipeError, 32, 108);              // EPIPE, ESHUTDOWN
        Add(ChildProcessError, 10);                 // ECHILD
        Add(ConnectionAbortedError, 103);           // ECONNABORTED
        Add(ConnectionRefusedError, 111);           // ECONNREFUSED
        Add(ConnectionResetError, 104);             // ECONNRESET
        Add(FileExistsError, 17);                   // EEXIST
        Add(FileNotFoundError, 2);                  // ENOENT
        Add(IsADirectoryError, 21);                 // EISDIR
        Add(NotADirectoryError, 20);                // ENOTDIR
        Add(InterruptedError, 4);                   // EINTR
        Add(PermissionError, 13, 1);                // EACCES, EPERM
        Add(ProcessLookupError, 3);                 // ESRCH
        Add(TimeoutError, 110);                     // ETIMEDOUT
        ExceptionGroup = CreateExceptionGroup();
        All.Add(ExceptionGroup);
    }

    /// <summary>
    /// create_exception_group_class: ExceptionGroup is a heap type with bases
    /// (BaseExceptionGroup, Exception), made as `type(...)` would make it.
    /// </summary>
    static PyType CreateExceptionGroup()
    {
        var name = PyUnicode.FromString("ExceptionGroup");
        var bases = PyTuple.Pack(BaseExceptionGroup, Exception);
        var dict = PyDict.New();
        var module = PyUnicode.FromString("builtins");
        dict.SetItemString("__module__", module);
        Py.DECREF(module);
        var t = (PyType)ClassBuilder.NewHeapType(PyType.Type, name, bases, dict)!;
        Py.DECREF(name);
        Py.DECREF(bases);
        Py.DECREF(dict);
        return t;
    }

    /// <summary>KeyError_str: repr of a single argument, so that `{}['']` shows `KeyError: ''`.</summary>
    static PyObject? KeyErrorStr(PyObject self)
    {
        var e = (PyBaseException)self;
        if (e.Args.Count == 1) return Abstract.Repr(e.Args.Items[0]);
        return PyBaseException.BaseExceptionStr(self);
    }
}
