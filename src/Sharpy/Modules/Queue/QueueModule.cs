using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Queue;

/// <summary>The `_queue` module (Modules/_queuemodule.c): SimpleQueue and the Empty exception under Lib/queue.py.</summary>
[PyModule("_queue", Doc = "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.")]
public static partial class QueueModule
{
    [PyConstant("SimpleQueue")] static PyObject SimpleQueueType => Py.NewRef(SimpleQueue.Type);

    static int InitModule(PyModule m)
    {
        // A heap type made from a spec, in CPython, so its dict names its module.
        SimpleQueue.Type.tp_dict.SetItemString("__module__", PyUnicode.Intern("_queue"));
        // PyErr_NewExceptionWithDoc("_queue.Empty", ...): a class made by calling type.
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString("_queue"));
        dict.SetItemStringSteal("__doc__", PyUnicode.FromString("Exception raised by Queue.get(block=0)/get_nowait()."));
        var empty = (PyType?)Calls.CallTuple(PyType.Type, PyTuple.FromStolen([PyUnicode.FromString("Empty"), PyTuple.FromBorrowed([PyExc.Exception]), dict]));
        if (empty == null) return -1;
        ModuleState<QueueState>.Set(Interpreter.Current, new QueueState(empty));
        return m.Add("Empty", Py.NewRef(empty));
    }
}

/// <summary>simplequeue_state: the Empty exception class.</summary>
internal sealed class QueueState(PyType empty)
{
    public readonly PyType Empty = empty;

    public static QueueState Get() => ModuleState<QueueState>.Get();
}
