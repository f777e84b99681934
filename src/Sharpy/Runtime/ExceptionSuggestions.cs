using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// "Did you mean ...?" for NameError and AttributeError, as traceback.py's
/// _compute_suggestion_error: the candidate names, then <see cref="Suggestions.Calculate"/>.
/// </summary>
public static class ExceptionSuggestions
{
    /// <summary>The text to append to the exception's message, or "".</summary>
    public static string For(PyBaseException exc)
    {
        var nameObj = exc is PyNameError ne ? ne.Name : (exc as PyAttributeError)?.Name;
        if (nameObj is not PyUnicode nameU) return "";
        var wrong = nameU.Value;
        List<string>? candidates;
        string? suggestion;
        if (Abstract.IsSubtype(exc.ob_type, PyExc.AttributeError))
        {
            var obj = ((PyAttributeError)exc).Obj;
            if (obj == null) return "";
            candidates = Sharpy.Modules.BuiltinsModule.AttributeNames(obj); // dir(obj)
            candidates.Sort(string.CompareOrdinal);
            bool hide = !wrong.StartsWith('_');
            if (hide && LastFrame(exc) is { } fo && FrameLocal(fo, "self") == obj) hide = false;
            if (hide) candidates.RemoveAll(c => c.StartsWith('_'));
            suggestion = Suggestions.Calculate(candidates.ToArray(), wrong);
            return suggestion == null ? "" : $". Did you mean: '{suggestion}'?";
        }
        if (!Abstract.IsSubtype(exc.ob_type, PyExc.NameError)) return "";
        var frame = LastFrame(exc);
        if (frame == null) return "";
        candidates = new List<string>();
        AddLocalNames(frame, candidates);
        if (frame.Globals != null) AddKeys(frame.Globals, candidates);
        // traceback's list(frame.f_builtins); a builtins mapping that is not a dict offers nothing here.
        if (frame.Builtins is PyDict builtins) AddKeys(builtins, candidates);
        if (FrameLocal(frame, "self") is { } self && Abstract.LookupAttr(self, nameU, out var found) > 0)
        {
            Py.XDECREF(found);
            return $". Did you mean: 'self.{wrong}'?";
        }
        Errors.Clear();
        suggestion = Suggestions.Calculate(candidates.ToArray(), wrong);
        var text = suggestion == null ? "" : $". Did you mean: '{suggestion}'?";
        // A stdlib module used without importing it.
        if (Array.BinarySearch(Sharpy.Modules.StdlibModuleNames.Names, wrong, StringComparer.Ordinal) >= 0)
            text += suggestion == null ? $". Did you forget to import '{wrong}'?" : $" Or did you forget to import '{wrong}'?";
        return text;
    }

    static PyFrameObject? LastFrame(PyBaseException exc)
    {
        var tb = exc.Traceback as PyTraceBack;
        if (tb == null) return null;
        while (tb.Next != null) tb = tb.Next;
        return tb.Frame;
    }

    static void AddLocalNames(PyFrameObject fo, List<string> into)
    {
        var code = fo.Code;
        if ((code.Flags & PyCode.CO_OPTIMIZED) == 0)
        {
            if (fo.Globals != null) AddKeys(fo.Globals, into); // module level: f_locals is the globals
            return;
        }
        var slots = fo.OwnedLocals ?? (fo.Frame != null ? LiveLocals(fo.Frame) : null);
        if (slots == null) return;
        for (int i = 0; i < code.NLocalsPlus && i < slots.Length; i++)
            if (!slots[i].IsNull) into.Add(code.LocalsPlusNames[i].Value);
    }

    static StackRef[] LiveLocals(Frame f)
    {
        var a = new StackRef[f.Code.NLocalsPlus];
        Array.Copy(f.Slots, f.Base, a, 0, a.Length);
        return a;
    }

    static PyObject? FrameLocal(PyFrameObject fo, string name)
    {
        var code = fo.Code;
        if ((code.Flags & PyCode.CO_OPTIMIZED) == 0) return null;
        var slots = fo.OwnedLocals ?? (fo.Frame != null ? LiveLocals(fo.Frame) : null);
        if (slots == null) return null;
        for (int i = 0; i < code.NLocalsPlus && i < slots.Length; i++)
        {
            if (code.LocalsPlusNames[i].Value != name || slots[i].IsNull) continue;
            var v = slots[i].AsBorrowed;
            return v is PyCell c && (code.Co.LocalsPlusKinds[i] & Compiler.CodeObject.CO_FAST_CELL) != 0 ? c.Ref : v;
        }
        return null;
    }

    static void AddKeys(PyDict d, List<string> into)
    {
        int pos = 0;
        while (d.Next(ref pos, out var k, out _))
            if (k is PyUnicode u) into.Add(u.Value);
    }
}
