using System.Collections.Generic;
using Sharpy.Modules.Pyexpat;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

// The expat handlers of _elementtree.c (expat_start_handler, expat_data_handler, ...): each
// goes straight to a C TreeBuilder target, or calls the target's method. A handler that
// raises returns false, which stops the parse with the exception set.
public sealed partial class XmlParser : IExpatHandler
{
    /// <summary>makeuniversal: "uri}local" as "{uri}local", a plain name as it is (borrowed from the cache).</summary>
    PyObject MakeUniversal(string name)
    {
        var names = _names!;
        if (names.TryGetValue(name, out var v)) return v;
        v = PyUnicode.FromString(name.IndexOf('}') >= 0 ? "{" + name : name);
        names[name] = v;
        return v;
    }

    static bool Done(PyObject? res)
    {
        if (res == null) return false;
        Py.DECREF(res);
        return true;
    }

    bool IExpatHandler.StartElement(string name, List<string> atts, int specified)
    {
        var tag = MakeUniversal(name);
        PyDict? attrib = null;
        if (atts.Count > 0)
        {
            attrib = PyDict.New();
            for (int i = 0; i + 1 < atts.Count; i += 2)
            {
                var value = PyUnicode.FromString(atts[i + 1]);
                int r = attrib.SetItem(MakeUniversal(atts[i]), value);
                Py.DECREF(value);
                if (r < 0)
                {
                    Py.DECREF(attrib);
                    return false;
                }
            }
        }
        PyObject? res;
        if (FastTarget is { } tb) res = tb.HandleStart(tag, attrib);
        else if (_handleStart != null)
        {
            attrib ??= PyDict.New();
            res = Calls.CallTwoArgs(_handleStart, tag, attrib);
        }
        else res = Py.None;
        Py.XDECREF(attrib);
        return Done(res);
    }

    bool IExpatHandler.EndElement(string name)
    {
        // The C TreeBuilder does not look at the end tag.
        if (FastTarget is { } tb) return Done(tb.HandleEnd());
        if (_handleEnd != null) return Done(Calls.CallOneArg(_handleEnd, MakeUniversal(name)));
        return true;
    }

    bool IExpatHandler.CharacterData(string data)
    {
        var s = PyUnicode.FromString(data);
        bool ok;
        if (FastTarget is { } tb) ok = tb.HandleData(s);
        else if (_handleData != null) ok = Done(Calls.CallOneArg(_handleData, s));
        else ok = true;
        Py.DECREF(s);
        return ok;
    }

    bool IExpatHandler.Default(string data)
    {
        // Only entity references reach here that expat could not expand: look them up in .entity.
        if (data.Length < 2 || data[0] != '&') return true;
        var key = PyUnicode.FromString(data[1..^1]);
        var value = ((PyDict)_entity!).GetItemWithError(key);
        Py.DECREF(key);
        if (value != null)
        {
            Py.INCREF(value);
            bool ok;
            if (FastTarget is { } tb) ok = tb.HandleData(value);
            else if (_handleData != null) ok = Done(Calls.CallOneArg(_handleData, value));
            else ok = true;
            Py.DECREF(value);
            return ok;
        }
        if (Errors.Occurred()) return false;
        string shown = data.Length < 100 ? data : data[..100];
        SetError(XmlError.UndefinedEntity, _parser!.CurrentLineNumber, _parser.CurrentColumnNumber, "undefined entity " + shown);
        return false;
    }

    bool IExpatHandler.StartNamespaceDecl(string? prefix, string? uri)
    {
        if (FastTarget is { } tb)
        {
            if (tb.EventsAppend == null || tb.StartNsEvent == null) return true;
            var p = PyUnicode.FromString(prefix ?? "");
            var u = PyUnicode.FromString(uri ?? "");
            bool ok = tb.HandleStartNs(p, u);
            Py.DECREF(p);
            Py.DECREF(u);
            return ok;
        }
        if (_handleStartNs == null) return true;
        var pp = PyUnicode.FromString(prefix ?? "");
        var uu = PyUnicode.FromString(uri ?? "");
        var res = Calls.CallTwoArgs(_handleStartNs, pp, uu);
        Py.DECREF(pp);
        Py.DECREF(uu);
        return Done(res);
    }

    bool IExpatHandler.EndNamespaceDecl(string? prefix)
    {
        if (FastTarget is { } tb)
        {
            if (tb.EventsAppend == null || tb.EndNsEvent == null) return true;
            return tb.HandleEndNs(Py.None);
        }
        if (_handleEndNs == null) return true;
        var p = PyUnicode.FromString(prefix ?? "");
        var res = Calls.CallOneArg(_handleEndNs, p);
        Py.DECREF(p);
        return Done(res);
    }

    bool IExpatHandler.Comment(string data)
    {
        if (FastTarget is { } tb)
        {
            var c = PyUnicode.FromString(data);
            var res = tb.HandleComment(c);
            Py.DECREF(c);
            return Done(res);
        }
        if (_handleComment == null) return true;
        var s = PyUnicode.FromString(data);
        var r = Calls.CallOneArg(_handleComment, s);
        Py.DECREF(s);
        return Done(r);
    }

    bool IExpatHandler.ProcessingInstruction(string target, string data)
    {
        PyObject? res;
        if (FastTarget is { } tb)
        {
            if (!((tb.EventsAppend != null && tb.PiEvent != null) || tb.InsertPis)) return true;
            var t = PyUnicode.FromString(target);
            var d = PyUnicode.FromString(data);
            res = tb.HandlePi(t, d);
            Py.DECREF(t);
            Py.DECREF(d);
            return Done(res);
        }
        if (_handlePi == null) return true;
        var tt = PyUnicode.FromString(target);
        var dd = PyUnicode.FromString(data);
        res = Calls.CallTwoArgs(_handlePi, tt, dd);
        Py.DECREF(tt);
        Py.DECREF(dd);
        return Done(res);
    }

    bool IExpatHandler.StartDoctypeDecl(string name, string? sysid, string? pubid, bool hasInternalSubset)
    {
        var nameObj = MakeUniversal(name);
        var sysidObj = sysid == null ? Py.None : MakeUniversal(sysid);
        var pubidObj = pubid == null ? Py.None : MakeUniversal(pubid);
        if (_handleDoctype != null) return Done(Calls.CallArgs(_handleDoctype, nameObj, pubidObj, sysidObj));
        int has = Abstract.LookupAttr(this, PyUnicode.Intern("doctype"), out var method);
        Py.XDECREF(method);
        if (has < 0) return false;
        if (has > 0)
            return Warnings.WarnEx(PyExc.RuntimeWarning,
                "The doctype() method of XMLParser is ignored.  Define doctype() method on the TreeBuilder target.", 1) >= 0;
        return true;
    }

    int[]? IExpatHandler.UnknownEncoding(string name, out bool raised) => XmlParserObject.DefaultUnknownEncoding(name, out raised);

    // Handlers this parser never installs.
    bool IExpatHandler.StartCdataSection() => true;
    bool IExpatHandler.EndCdataSection() => true;
    bool IExpatHandler.XmlDecl(string? version, string? encoding, int standalone) => true;
    bool IExpatHandler.EndDoctypeDecl() => true;
    bool IExpatHandler.EntityDecl(string name, bool isParam, string? value, string? baseUri, string? sysid, string? pubid, string? notation) => true;
    bool IExpatHandler.UnparsedEntityDecl(string name, string? baseUri, string? sysid, string? pubid, string notation) => true;
    bool IExpatHandler.NotationDecl(string name, string? baseUri, string? sysid, string? pubid) => true;
    int IExpatHandler.NotStandalone() => 1;
    int IExpatHandler.ExternalEntityRef(string? context, string? baseUri, string? sysid, string? pubid) => 1;
    bool IExpatHandler.SkippedEntity(string name, bool isParam) => true;
    bool IExpatHandler.ElementDecl(string name, ExpatContentModel model) => true;
    bool IExpatHandler.AttlistDecl(string elname, string attname, string type, string? dflt, bool isRequired) => true;
}
