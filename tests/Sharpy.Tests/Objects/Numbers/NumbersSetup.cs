using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Tests.Objects.Numbers;

/// <summary>Start-up for the number tests.</summary>
internal static class NumbersSetup
{
    static bool s_done;

    public static void Init()
    {
        Interpreter.Initialize();
        if (s_done) return;
        s_done = true;
        // Until the branch has BaseException.__new__ from main: a minimal one, so the slots
        // under test can raise.
        if (PyBaseException.Type.tp_new == PyBaseObject.Type.tp_new)
        {
            NewFunc make = (t, args, kw) =>
            {
                var items = new PyObject[args.Length];
                for (int i = 0; i < items.Length; i++) items[i] = args[i].AsBorrowed;
                return new PyBaseException(t, PyTuple.FromBorrowed(items));
            };
            PyBaseException.Type.tp_new = make;
            foreach (var t in PyExc.All) t.tp_new = make;
        }
    }
}
