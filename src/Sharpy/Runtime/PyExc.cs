using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The builtin exception types (Objects/exceptions.c) that share PyBaseException's
/// representation, created once at start-up from the table in <see cref="Create"/>.
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

    /// <summary>Every type made here, in creation order (bases first), for the builtins module.</summary>
    public static readonly System.Collections.Generic.List<PyType> All = new();

    static PyType Make(string name, PyType baseType)
    {
        var t = TypeReady.NewStaticType(name, typeof(PyBaseException), baseType, true, null);
        All.Add(t);
        return t;
    }

    internal static void Create()
    {
        var b = BaseException;
        BaseExceptionGroup = Make("BaseExceptionGroup", b);
        GeneratorExit = Make("GeneratorExit", b);
        KeyboardInterrupt = Make("KeyboardInterrupt", b);
        SystemExit = Make("SystemExit", b);
        Exception = Make("Exception", b);
        var e = Exception;
        ArithmeticError = Make("ArithmeticError", e);
        FloatingPointError = Make("FloatingPointError", ArithmeticError);
        OverflowError = Make("OverflowError", ArithmeticError);
        ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        AssertionError = Make("AssertionError", e);
        AttributeError = Make("AttributeError", e);
        BufferError = Make("BufferError", e);
        EOFError = Make("EOFError", e);
        ExceptionGroup = Make("ExceptionGroup", BaseExceptionGroup); // also derives from Exception (bases fixed in TypeReady)
        ImportError = Make("ImportError", e);
        ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
        LookupError = Make("LookupError", e);
        IndexError = Make("IndexError", LookupError);
        KeyError = Make("KeyError", LookupError);
        MemoryError = Make("MemoryError", e);
        NameError = Make("NameError", e);
        UnboundLocalError = Make("UnboundLocalError", NameError);
        OSError = Make("OSError", e);
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
        StopIteration = Make("StopIteration", e);
        SyntaxError = Make("SyntaxError", e);
        IndentationError = Make("IndentationError", SyntaxError);
        TabError = Make("TabError", IndentationError);
        IncompleteInputError = Make("_IncompleteInputError", SyntaxError);
        SystemError = Make("SystemError", e);
        TypeError = Make("TypeError", e);
        ValueError = Make("ValueError", e);
        UnicodeError = Make("UnicodeError", ValueError);
        UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
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
}
