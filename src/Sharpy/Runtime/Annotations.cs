using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>SETUP_ANNOTATIONS: make `__annotations__` in the locals of a module or class body.</summary>
public static class Annotations
{
    public static int Setup(Frame f)
    {
        if (f.Locals is not PyDict d)
        {
            Errors.SetString(PyExc.SystemError, "no locals found when setting up annotations");
            return -1;
        }
        if (d.GetItemString("__annotations__") != null) return 0;
        var ann = PyDict.New();
        int r = d.SetItemString("__annotations__", ann);
        Py.DECREF(ann);
        return r;
    }
}
