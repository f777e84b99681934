using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Making frames and binding call arguments to parameters (Python/ceval.c
/// _PyEvalFramePushAndInit, initialize_locals), with CPython's messages for bad calls.
/// </summary>
internal static class FrameSetup
{
    public static Frame PushFrame(ThreadState ts, PyCode code, PyObject? func, PyDict globals, PyObject builtins, PyObject? locals)
    {
        var slots = ts.DataStack.Push(code.FrameSize, out int start);
        var f = ts.FreeFrame;
        if (f != null)
        {
            // A frame object recycled by the eval loop (see ReleaseFrame): every field is reset.
            ts.FreeFrame = f.Previous;
            f.Previous = null;
            f.LastInstr = 0;
        }
        else f = new Frame();
        // (A recycled frame mostly runs the same code again: a field already right is not
        // stored again, which saves its write barrier.)
        if (!ReferenceEquals(f.Code, code)) f.Code = code;
        f.Func = func == null ? null : Py.NewRef(func);
        Py.INCREF(globals);
        if (!ReferenceEquals(f.Globals, globals)) f.Globals = globals;
        Py.INCREF(builtins);
        if (!ReferenceEquals(f.Builtins, builtins)) f.Builtins = builtins;
        f.Locals = Py.XNewRef(locals);
        if (!ReferenceEquals(f.Slots, slots)) f.Slots = slots;
        f.Base = start;
        f.StackPointer = start + code.NLocalsPlus;
        f.InstrPtr = 0;
        f.HostFaulted = false;
        f.OnDataStack = true;
        return f;
    }

    /// <summary>
    /// Give a cleared data-stack frame back for reuse by <see cref="PushFrame"/>. Only the eval
    /// loop calls this, for frames nothing else refers to any more (a returned callee: no
    /// generator owns it, and its frame object, if any, was detached by <see cref="ClearFrame"/>).
    /// Its code, globals, builtins and slots stay as they were, owning nothing, for PushFrame
    /// to compare with.
    /// </summary>
    public static void ReleaseFrame(ThreadState ts, Frame f)
    {
        if (!f.OnDataStack || f.Owner != null || f.FrameObject != null) return;
        f.Previous = ts.FreeFrame;
        ts.FreeFrame = f;
    }

    /// <summary>Close every slot and give the frame's slots back; drop its references.</summary>
    public static void ClearFrame(ThreadState ts, Frame f)
    {
        var s = f.Slots;
        if (f.FrameObject is { } frameObj && frameObj.ob_refcnt > 1)
        {
            // Someone (a traceback) still holds the frame object: it takes over the locals.
            int n = f.Code.NLocalsPlus;
            var owned = new StackRef[n];
            for (int i = 0; i < n; i++)
            {
                owned[i] = s[f.Base + i].IsNull ? default : s[f.Base + i].MakeOwned();
                s[f.Base + i] = default;
            }
            frameObj.OwnedLocals = owned;
            frameObj.LocalsMapping = Py.XNewRef(f.Locals);
            // Link f_back now, while the caller is known: only a frame finishing as it runs has one,
            // and not a generator's, whose caller is only the last to resume it (gh-100964, after 3.14.2).
            if (ts.CurrentFrame == f && f.Owner == null && f.Previous is { } prev) frameObj.Back = FrameObjects.Get(prev);
        }
        for (int i = f.StackPointer - 1; i >= f.Base; i--)
        {
            var r = s[i];
            s[i] = default;
            r.Close();
        }
        if (f.OnDataStack)
        {
            // An instruction a .NET exception cut short may have left values above the stack pointer.
            if (f.HostFaulted) new Span<StackRef>(s, f.Base, f.Code.FrameSize).Clear();
            ts.DataStack.Pop(s, f.Base, f.Code.FrameSize);
        }
        if (f.FrameObject != null)
        {
            // The frame object outlives the frame: it keeps the last instruction, and the frame's reference goes.
            var fo = f.FrameObject;
            fo.Lasti = f.LastInstr;
            fo.Frame = null;
            f.FrameObject = null;
            Py.DECREF(fo);
        }
        Py.XDECREF(f.Func);
        Py.DECREF(f.Globals);
        Py.DECREF(f.Builtins);
        Py.XDECREF(f.Locals);
        f.Func = null;
        f.Locals = null;
        if (f.InitSelf is { } self)
        {
            // An __init__ that raised: the instance goes after its locals, as with the shim frame.
            f.InitSelf = null;
            Py.DECREF(self);
        }
    }

    /// <summary>
    /// Push a frame for calling a Python function and bind the arguments. With
    /// <paramref name="argsAreBorrowed"/> the caller keeps its references (a C#-to-Python call);
    /// otherwise the arguments' references move into the frame (a Python-to-Python call) —
    /// on failure they are closed. Null with an exception set on a bad call.
    /// </summary>
    public static Frame? PushFrameForCall(ThreadState ts, PyFunction func, ReadOnlySpan<StackRef> args, PyTuple? kwnames, bool argsAreBorrowed)
    {
        var code = func.Code;
        if (func.Globals == null)
        {
            // Only the cycle collector's Clear leaves a function without globals, and it
            // never lets Python code reach a cleared object; this guards the host anyway.
            if (!argsAreBorrowed) CloseFrom(args, 0);
            Errors.SetString(PyExc.SystemError, $"cannot call function '{code.QualName.Value}': its globals were cleared by the garbage collector");
            return null;
        }
        var co = code.Co;
        // _PyFunction_Vectorcall: a function made from unoptimized code (a module's, say) runs with
        // its globals as its locals.
        var f = PushFrame(ts, code, func, func.Globals, func.Builtins, (co.Flags & PyCode.CO_OPTIMIZED) != 0 ? null : func.Globals);
        if (kwnames == null && args.Length == co.ArgCount && co.KwOnlyArgCount == 0
            && (co.Flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0)
        {
            // Exactly the positional parameters: move (or borrow) them into place.
            var s = f.Slots;
            int b = f.Base;
            // (Element by element: for a few arguments a bulk copy's call costs more than the stores.)
            if (argsAreBorrowed)
                for (int i = 0; i < args.Length; i++) s[b + i] = StackRef.FromBorrow(args[i].AsBorrowed);
            else
                for (int i = 0; i < args.Length; i++) s[b + i] = args[i];
            return f;
        }
        if (!BindArguments(f, func, args, kwnames, argsAreBorrowed))
        {
            ClearFrame(ts, f);
            return null;
        }
        return f;
    }

    static bool BindArguments(Frame f, PyFunction func, ReadOnlySpan<StackRef> args, PyTuple? kwnames, bool borrowed)
    {
        var code = func.Code;
        var co = code.Co;
        var s = f.Slots;
        int b = f.Base;
        int argcount = co.ArgCount;
        int kwonly = co.KwOnlyArgCount;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int flags = co.Flags;
        bool hasVarargs = (flags & PyCode.CO_VARARGS) != 0;
        bool hasVarkw = (flags & PyCode.CO_VARKEYWORDS) != 0;
        int totalArgs = argcount + kwonly;
        PyDict? kwdict = null;
        bool ok = true;
        int failedAt = 0;

        StackRef Take(in StackRef r) => borrowed ? StackRef.FromBorrow(r.AsBorrowed) : r;

        if (hasVarkw)
        {
            kwdict = PyDict.New();
            int kwIndex = totalArgs + (hasVarargs ? 1 : 0);
            s[b + kwIndex] = StackRef.FromSteal(kwdict);
        }
        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) s[b + i] = Take(args[i]);
        if (hasVarargs)
        {
            var extra = new PyObject[Math.Max(0, npos - n)];
            for (int i = n; i < npos; i++) extra[i - n] = args[i].AsBorrowed;
            var t = PyTuple.FromBorrowed(extra);
            s[b + totalArgs] = StackRef.FromSteal(t);
            if (!borrowed) for (int i = n; i < npos; i++) args[i].Close();
        }
        else if (npos > argcount)
        {
            TooManyPositional(func, npos, kwnames);
            if (!borrowed) CloseFrom(args, n);
            return false;
        }

        // Keyword arguments. Each value either moves into its parameter or goes to **kwargs;
        // on an error the values not yet taken are closed.
        for (int k = 0; ok && k < nkw; k++)
        {
            var name = kwnames!.Items[k];
            var value = args[npos + k];
            if (name is not PyUnicode)
            {
                Errors.SetString(PyExc.TypeError, $"{QualName(func)}() keywords must be strings");
                ok = false;
                failedAt = k;
                break;
            }
            int j = FindParameter(code, name, co.PosOnlyArgCount, totalArgs);
            if (j < 0)
            {
                if (kwdict == null || Errors.Occurred())
                {
                    if (!Errors.Occurred())
                    {
                        int posOnly = FindParameter(code, name, 0, co.PosOnlyArgCount);
                        if (posOnly >= 0)
                            Errors.SetString(PyExc.TypeError, $"{QualName(func)}() got some positional-only arguments passed as keyword arguments: '{PositionalOnlyPassedAsKeyword(code, kwnames!)}'");
                        else
                            Errors.SetString(PyExc.TypeError, $"{QualName(func)}() got an unexpected keyword argument '{((PyUnicode)name).Value}'");
                    }
                    ok = false;
                    failedAt = k;
                    break;
                }
                if (kwdict.SetItem(name, value.AsBorrowed) < 0) { ok = false; failedAt = k; break; }
                if (!borrowed) value.Close();
                continue;
            }
            if (!s[b + j].IsNull)
            {
                Errors.SetString(PyExc.TypeError, $"{QualName(func)}() got multiple values for argument '{((PyUnicode)name).Value}'");
                ok = false;
                failedAt = k;
                break;
            }
            s[b + j] = Take(value);
        }
        if (!ok)
        {
            if (!borrowed) CloseFrom(args, npos + failedAt);
            return false;
        }

        // Missing positional arguments and defaults.
        if (npos < argcount)
        {
            int ndefs = func.Defaults?.Count ?? 0;
            int firstDefault = argcount - ndefs;
            List<string>? missing = null;
            for (int i = npos; i < firstDefault; i++)
                if (s[b + i].IsNull) (missing ??= new()).Add(code.LocalsPlusNames[i].Value);
            if (missing != null)
            {
                MissingArguments(func, missing, "positional");
                return false;
            }
            for (int i = Math.Max(npos, firstDefault); i < argcount; i++)
                if (s[b + i].IsNull) s[b + i] = StackRef.FromNew(func.Defaults!.Items[i - firstDefault]);
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (int i = argcount; i < totalArgs; i++)
            {
                if (!s[b + i].IsNull) continue;
                var name = code.LocalsPlusNames[i];
                var def = func.KwDefaults?.GetItemString(name);
                if (def != null) s[b + i] = StackRef.FromNew(def);
                else (missing ??= new()).Add(name.Value);
            }
            if (missing != null)
            {
                MissingArguments(func, missing, "keyword-only");
                return false;
            }
        }
        return true;
    }

    static void CloseFrom(ReadOnlySpan<StackRef> args, int from)
    {
        for (int i = from; i < args.Length; i++) args[i].Close();
    }

    /// <summary>positional_only_passed_as_keyword: every positional-only name given by keyword, joined.</summary>
    static string PositionalOnlyPassedAsKeyword(PyCode code, PyTuple kwnames)
    {
        var names = new List<string>();
        for (int i = 0; i < code.Co.PosOnlyArgCount; i++)
        {
            var p = code.LocalsPlusNames[i].Value;
            foreach (var k in kwnames.Items)
                if (k is PyUnicode ku && ku.Value == p) { names.Add(p); break; }
        }
        return string.Join(", ", names);
    }

    static int FindParameter(PyCode code, PyObject name, int start, int end)
    {
        var names = code.LocalsPlusNames;
        for (int i = start; i < end; i++) if (names[i] == name) return i;
        var text = ((PyUnicode)name).Value;
        for (int i = start; i < end; i++) if (names[i].Value == text) return i;
        return -1;
    }

    static string QualName(PyFunction f) => ((PyUnicode)f.QualName).Value;

    static void TooManyPositional(PyFunction func, int given, PyTuple? kwnames)
    {
        var co = func.Code.Co;
        int argcount = co.ArgCount;
        int defcount = func.Defaults?.Count ?? 0;
        int kwonlyGiven = 0;
        if (kwnames != null)
        {
            for (int i = argcount; i < argcount + co.KwOnlyArgCount; i++)
            {
                var pname = func.Code.LocalsPlusNames[i];
                foreach (var k in kwnames.Items)
                    if (k is PyUnicode ku && ku.Value == pname.Value) kwonlyGiven++;
            }
        }
        string sig = defcount > 0 ? $"from {argcount - defcount} to {argcount}" : argcount.ToString();
        string plural = argcount == 1 && defcount == 0 ? "" : "s";
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        string verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        Errors.SetString(PyExc.TypeError, $"{QualName(func)}() takes {sig} positional argument{plural} but {given}{kwonlySig} {verb} given");
    }

    static void MissingArguments(PyFunction func, List<string> names, string kind)
    {
        string list;
        if (names.Count == 1) list = $"'{names[0]}'";
        else if (names.Count == 2) list = $"'{names[0]}' and '{names[1]}'";
        else
        {
            var parts = new List<string>();
            for (int i = 0; i < names.Count - 1; i++) parts.Add($"'{names[i]}'");
            list = string.Join(", ", parts) + $", and '{names[^1]}'";
        }
        Errors.SetString(PyExc.TypeError, $"{QualName(func)}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }
}
