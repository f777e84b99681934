using System;
using System.Buffers.Binary;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>The pickler's globals (classes and functions by name) and the values of __reduce__.</summary>
public sealed partial class PyPickler
{
    /// <summary>get_dotted_path: the parts of a (qualified) name.</summary>
    static PyList DottedPath(PyUnicode name)
    {
        var parts = name.Value.Split('.');
        var list = PyList.New(parts.Length);
        foreach (var p in parts) list.AppendSteal(PyUnicode.FromString(p));
        return list;
    }

    /// <summary>getattribute: follow the dotted path from obj; with raises false a missing attribute is null without an error.</summary>
    static PyObject? GetDeepAttribute(PyObject obj, PyList names, bool raises)
    {
        Py.INCREF(obj);
        foreach (var name in names.AsSpan().ToArray())
        {
            var parent = obj;
            PyObject? next;
            if (raises) next = Abstract.GetAttr(parent, name);
            else if (Abstract.LookupAttr(parent, name, out next) < 0) next = null;
            Py.DECREF(parent);
            if (next == null) return null;
            obj = next;
        }
        return obj;
    }

    /// <summary>_checkmodule: does sys.modules[moduleName] hold global under the dotted path?</summary>
    static bool CheckModule(PyObject moduleName, PyObject module, PyObject global, PyList dottedPath)
    {
        if (module == Py.None) return false;
        if (moduleName is PyUnicode u && u.Value == "__main__") return false;
        var candidate = GetDeepAttribute(module, dottedPath, false);
        if (candidate == null) return false;
        Py.DECREF(candidate);
        return candidate == global;
    }

    /// <summary>
    /// whichmodule: the module a global is pickled under (its __module__, else the module in
    /// sys.modules that holds it, else __main__), checked by importing it and finding the global there.
    /// </summary>
    static PyObject? WhichModule(PickleState st, PyObject global, PyUnicode globalName, PyList dottedPath)
    {
        foreach (var part in dottedPath.AsSpan())
        {
            if (((PyUnicode)part).Value == "<locals>")
            {
                var r = PickleErrors.Repr(global);
                if (r != null) Errors.SetString(st.PicklingError, $"Can't pickle local object {r}");
                return null;
            }
        }
        if (Abstract.LookupAttr(global, PyUnicode.Intern("__module__"), out var moduleName) < 0) return null;
        if (moduleName == null || moduleName == Py.None)
        {
            Py.XDECREF(moduleName);
            moduleName = null;
            var modules = Interpreter.Modules;
            int pos = 0;
            while (modules.Next(ref pos, out var name, out var module))
            {
                Py.INCREF(name);
                Py.INCREF(module);
                bool found = CheckModule(name, module, global, dottedPath);
                Py.DECREF(module);
                if (found)
                {
                    moduleName = name;
                    break;
                }
                Py.DECREF(name);
                if (Errors.Occurred()) return null;
            }
            moduleName ??= PyUnicode.FromString("__main__");
        }
        PyObject? mod;
        if (moduleName is PyUnicode modName) mod = Import.ImportModuleWaiting(modName);
        else
        {
            Errors.SetString(PyExc.TypeError, $"module name must be str, not {moduleName.ob_type.tp_name}");
            mod = null;
        }
        if (mod == null)
        {
            if (Errors.ExceptionMatches(PyExc.ImportError) || Errors.ExceptionMatches(PyExc.ValueError))
            {
                var exc = Errors.GetRaisedException()!;
                var g = PickleErrors.Repr(global);
                var e = g == null ? null : PickleErrors.Str(exc);
                if (e != null) Errors.SetString(st.PicklingError, $"Can't pickle {g}: {e}");
                Errors.ChainExceptions(exc);
            }
            Py.DECREF(moduleName);
            return null;
        }
        var actual = GetDeepAttribute(mod, dottedPath, true);
        Py.DECREF(mod);
        if (actual == null)
        {
            if (Errors.ExceptionMatches(PyExc.AttributeError))
            {
                var exc = Errors.GetRaisedException()!;
                var g = PickleErrors.Repr(global);
                var m = g == null ? null : PickleErrors.Str(moduleName);
                if (m != null) Errors.SetString(st.PicklingError, $"Can't pickle {g}: it's not found as {m}.{globalName.Value}");
                Errors.ChainExceptions(exc);
            }
            Py.DECREF(moduleName);
            return null;
        }
        Py.DECREF(actual);
        if (actual != global)
        {
            var g = PickleErrors.Repr(global);
            var m = g == null ? null : PickleErrors.Str(moduleName);
            if (m != null) Errors.SetString(st.PicklingError, $"Can't pickle {g}: it's not the same object as {m}.{globalName.Value}");
            Py.DECREF(moduleName);
            return null;
        }
        return moduleName;
    }

    /// <summary>save_global: a class or function by module and qualified name (STACK_GLOBAL, an EXT code, or GLOBAL with getattr for nested names).</summary>
    int SaveGlobal(PickleState st, PyObject obj, PyUnicode? name)
    {
        PyObject? globalNameObj;
        if (name != null) globalNameObj = Py.NewRef(name);
        else
        {
            if (Abstract.LookupAttr(obj, PyUnicode.Intern("__qualname__"), out globalNameObj) < 0) return -1;
            globalNameObj ??= Abstract.GetAttr(obj, PyUnicode.Intern("__name__"));
            if (globalNameObj == null) return -1;
        }
        if (globalNameObj is not PyUnicode globalName)
        {
            Errors.SetString(PyExc.TypeError, $"descriptor 'split' for 'str' objects doesn't apply to a '{globalNameObj.ob_type.tp_name}' object");
            Py.DECREF(globalNameObj);
            return -1;
        }
        var dottedPath = DottedPath(globalName);
        var moduleName = WhichModule(st, obj, globalName, dottedPath);
        int status = moduleName == null ? -1 : SaveGlobalNamed(st, obj, ref moduleName, ref globalName, dottedPath);
        Py.XDECREF(moduleName);
        Py.DECREF(globalName);
        Py.DECREF(dottedPath);
        return status;
    }

    int SaveGlobalNamed(PickleState st, PyObject obj, ref PyObject moduleName, ref PyUnicode globalName, PyList dottedPath)
    {
        if (Proto >= 2)
        {
            // A global in copyreg's extension registry is an EXT code.
            var key = PyTuple.FromBorrowed([moduleName, globalName]);
            var codeObj = st.ExtensionRegistry.GetItemWithError(key);
            Py.DECREF(key);
            if (codeObj == null && Errors.Occurred()) return -1;
            if (codeObj != null)
            {
                long code = codeObj is PyLong cl && !cl.IsBig ? cl.Value : -1;
                if (code <= 0 || code > 0x7fffffffL)
                {
                    if (!Errors.Occurred()) Errors.SetString(PyExc.RuntimeError, $"extension code {code} is out of range");
                    return -1;
                }
                if (code <= 0xff) WriteTwo(Op.EXT1, (byte)code);
                else if (code <= 0xffff)
                {
                    var s = Reserve(3);
                    s[0] = Op.EXT2;
                    BinaryPrimitives.WriteUInt16LittleEndian(s[1..], (ushort)code);
                }
                else WriteOpUInt32(Op.EXT4, (uint)code);
                return 0;
            }
        }
        if (Proto >= 4)
        {
            if (Save(st, moduleName, false) < 0 || Save(st, globalName, false) < 0) return -1;
            WriteByte(Op.STACK_GLOBAL);
        }
        else
        {
            // Before protocol 4 a nested name is getattr(getattr(module.first, second), third)...
            int parts = dottedPath.Count;
            if (parts > 1) Py.SETREF(ref globalName!, (PyUnicode)Py.NewRef(dottedPath.AsSpan()[0]));
            for (int i = 1; i < parts; i++)
            {
                if (Save(st, st.Getattr, false) < 0) return -1;
                if (Proto < 2) WriteByte(Op.MARK);
            }
            WriteByte(Op.GLOBAL);
            if (Proto < 3 && _fixImports && FixImports(st, ref moduleName, ref globalName) < 0) return -1;
            if (WriteGlobalIdentifier(st, moduleName, "module") < 0) return -1;
            if (WriteGlobalIdentifier(st, globalName, "global") < 0) return -1;
            for (int i = 1; i < parts; i++)
            {
                if (Save(st, dottedPath.AsSpan()[i], false) < 0) return -1;
                WriteByte(Proto < 2 ? Op.TUPLE : Op.TUPLE2);
                WriteByte(Op.REDUCE);
            }
        }
        return MemoPut(st, obj);
    }

    /// <summary>A GLOBAL argument line: UTF-8 in protocol 3, ASCII before (Python 2 reads those).</summary>
    int WriteGlobalIdentifier(PickleState st, PyObject ident, string what)
    {
        if (ident is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"bad argument type for built-in operation");
            return -1;
        }
        byte[]? encoded = Proto == 3 ? Sharpy.Modules.Codecs.Utf8Codec.Encode(s, "strict") : Sharpy.Modules.Codecs.Latin1AsciiCodec.Encode(s, "strict", 128);
        if (encoded == null)
        {
            if (Errors.ExceptionMatches(PyExc.UnicodeEncodeError))
            {
                var r = PickleErrors.Repr(s);
                if (r != null) PickleErrors.Replace(st.PicklingError, $"can't pickle {what} identifier {r} using pickle protocol {Proto}");
            }
            return -1;
        }
        Write(encoded);
        WriteByte((byte)'\n');
        return 0;
    }

    /// <summary>fix_imports: Python 3 names mapped to Python 2's (_compat_pickle's REVERSE mappings).</summary>
    static int FixImports(PickleState st, ref PyObject moduleName, ref PyUnicode globalName)
    {
        var key = PyTuple.FromBorrowed([moduleName, globalName]);
        var item = st.NameMapping3to2.GetItemWithError(key);
        Py.DECREF(key);
        if (item != null)
        {
            if (item is not PyTuple t || t.Items.Length != 2)
            {
                Errors.SetString(PyExc.RuntimeError, $"_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {item.ob_type.tp_name}");
                return -1;
            }
            if (t.Items[0] is not PyUnicode m || t.Items[1] is not PyUnicode g)
            {
                Errors.SetString(PyExc.RuntimeError, $"_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ({t.Items[0].ob_type.tp_name}, {t.Items[1].ob_type.tp_name})");
                return -1;
            }
            Py.SETREF(ref moduleName!, Py.NewRef(m));
            Py.SETREF(ref globalName!, Py.NewRef(g));
            return 0;
        }
        if (Errors.Occurred()) return -1;
        item = st.ImportMapping3to2.GetItemWithError(moduleName);
        if (item != null)
        {
            if (item is not PyUnicode)
            {
                Errors.SetString(PyExc.RuntimeError, $"_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {item.ob_type.tp_name}");
                return -1;
            }
            Py.SETREF(ref moduleName!, Py.NewRef(item));
        }
        else if (Errors.Occurred()) return -1;
        return 0;
    }

    /// <summary>save_type: NoneType, ellipsis and NotImplementedType are type(None) etc.; other classes are globals.</summary>
    int SaveType(PickleState st, PyObject obj)
    {
        PyObject? singleton = obj == PyNone.Type ? Py.None : obj == PyEllipsis.Type ? Py.Ellipsis : obj == PyNotImplemented.Type ? Py.NotImplemented : null;
        if (singleton == null) return SaveGlobal(st, obj, null);
        var reduceValue = PyTuple.FromStolen([Py.NewRef(PyType.Type), PyTuple.FromBorrowed([singleton])]);
        int status = SaveReduce(st, reduceValue, obj);
        Py.DECREF(reduceValue);
        return status;
    }

    /// <summary>get_class: obj.__class__, else its type.</summary>
    static PyObject? GetClass(PyObject obj)
    {
        int r = Abstract.LookupAttr(obj, PyUnicode.Intern("__class__"), out var cls);
        if (r == 0) return Py.NewRef(obj.ob_type);
        return cls;
    }

    /// <summary>save_reduce: a (callable, args[, state[, listitems[, dictitems[, state_setter]]]]) value.</summary>
    int SaveReduce(PickleState st, PyTuple args, PyObject? obj)
    {
        var items = args.Items;
        if (items.Length < 2 || items.Length > 6)
        {
            Errors.SetString(st.PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements");
            return -1;
        }
        PyObject callable = items[0], argtupObj = items[1];
        PyObject? state = items.Length > 2 ? items[2] : null;
        PyObject? listItems = items.Length > 3 ? items[3] : null;
        PyObject? dictItems = items.Length > 4 ? items[4] : null;
        PyObject? stateSetter = items.Length > 5 ? items[5] : null;
        if (callable.ob_type.tp_call == null)
        {
            Errors.SetString(st.PicklingError, $"first item of the tuple returned by __reduce__ must be callable, not {PickleErrors.TypeName(callable)}");
            return -1;
        }
        if (argtupObj is not PyTuple argtup)
        {
            Errors.SetString(st.PicklingError, $"second item of the tuple returned by __reduce__ must be a tuple, not {PickleErrors.TypeName(argtupObj)}");
            return -1;
        }
        if (state == Py.None) state = null;
        if (listItems == Py.None) listItems = null;
        else if (listItems != null && !Abstract.IterCheck(listItems))
        {
            Errors.SetString(st.PicklingError, $"fourth item of the tuple returned by __reduce__ must be an iterator, not {PickleErrors.TypeName(listItems)}");
            return -1;
        }
        if (dictItems == Py.None) dictItems = null;
        else if (dictItems != null && !Abstract.IterCheck(dictItems))
        {
            Errors.SetString(st.PicklingError, $"fifth item of the tuple returned by __reduce__ must be an iterator, not {PickleErrors.TypeName(dictItems)}");
            return -1;
        }
        if (stateSetter == Py.None) stateSetter = null;
        else if (stateSetter != null && stateSetter.ob_type.tp_call == null)
        {
            Errors.SetString(st.PicklingError, $"sixth item of the tuple returned by __reduce__ must be callable, not {PickleErrors.TypeName(stateSetter)}");
            return -1;
        }

        bool useNewobj = false, useNewobjEx = false;
        if (Proto >= 2)
        {
            if (Abstract.LookupAttr(callable, PyUnicode.Intern("__name__"), out var fname) < 0) return -1;
            if (fname is PyUnicode fn)
            {
                useNewobjEx = fn.Value == "__newobj_ex__";
                useNewobj = !useNewobjEx && fn.Value == "__newobj__";
            }
            Py.XDECREF(fname);
        }
        string objType = obj == null ? "NoneType" : PickleErrors.TypeName(obj);

        if (useNewobjEx)
        {
            if (argtup.Items.Length != 3)
            {
                Errors.SetString(st.PicklingError, $"__newobj_ex__ expected 3 arguments, got {argtup.Items.Length}");
                return -1;
            }
            PyObject cls = argtup.Items[0], clsArgs = argtup.Items[1], kwargs = argtup.Items[2];
            if (cls is not PyType)
            {
                Errors.SetString(st.PicklingError, $"first argument to __newobj_ex__() must be a class, not {PickleErrors.TypeName(cls)}");
                return -1;
            }
            if (clsArgs is not PyTuple clsArgsTuple)
            {
                Errors.SetString(st.PicklingError, $"second argument to __newobj_ex__() must be a tuple, not {PickleErrors.TypeName(clsArgs)}");
                return -1;
            }
            if (kwargs is not PyDict kwargsDict)
            {
                Errors.SetString(st.PicklingError, $"third argument to __newobj_ex__() must be a dict, not {PickleErrors.TypeName(kwargs)}");
                return -1;
            }
            if (Proto >= 4)
            {
                if (Save(st, cls, false) < 0)
                {
                    PickleErrors.AddNote($"when serializing {objType} class");
                    return -1;
                }
                if (Save(st, clsArgs, false) < 0 || Save(st, kwargs, false) < 0)
                {
                    PickleErrors.AddNote($"when serializing {objType} __new__ arguments");
                    return -1;
                }
                WriteByte(Op.NEWOBJ_EX);
            }
            else
            {
                // Protocols 2 and 3: partial(cls.__new__, cls, *args, **kwargs)().
                var clsNew = Abstract.GetAttr(cls, PyUnicode.Intern("__new__"));
                if (clsNew == null) return -1;
                var newArgs = new PyObject[clsArgsTuple.Items.Length + 2];
                newArgs[0] = clsNew;
                newArgs[1] = Py.NewRef(cls);
                for (int i = 0; i < clsArgsTuple.Items.Length; i++) newArgs[i + 2] = Py.NewRef(clsArgsTuple.Items[i]);
                var newArgsTuple = PyTuple.FromStolen(newArgs);
                var partial = Calls.CallTuple(st.Partial, newArgsTuple, kwargsDict);
                Py.DECREF(newArgsTuple);
                if (partial == null) return -1;
                int r = Save(st, partial, false) < 0 || Save(st, PyTuple.Empty, false) < 0 ? -1 : 0;
                Py.DECREF(partial);
                if (r < 0)
                {
                    PickleErrors.AddNote($"when serializing {objType} reconstructor");
                    return -1;
                }
                WriteByte(Op.REDUCE);
            }
        }
        else if (useNewobj)
        {
            if (argtup.Items.Length < 1)
            {
                Errors.SetString(st.PicklingError, $"__newobj__ expected at least 1 argument, got {argtup.Items.Length}");
                return -1;
            }
            var cls = argtup.Items[0];
            if (cls is not PyType)
            {
                Errors.SetString(st.PicklingError, $"first argument to __newobj__() must be a class, not {PickleErrors.TypeName(cls)}");
                return -1;
            }
            if (obj != null)
            {
                var objClass = GetClass(obj);
                if (objClass == null) return -1;
                if (objClass != cls)
                {
                    var a = PickleErrors.Repr(objClass);
                    var b = a == null ? null : PickleErrors.Repr(cls);
                    if (b != null) Errors.SetString(st.PicklingError, $"first argument to __newobj__() must be {a}, not {b}");
                    Py.DECREF(objClass);
                    return -1;
                }
                Py.DECREF(objClass);
            }
            if (Save(st, cls, false) < 0)
            {
                PickleErrors.AddNote($"when serializing {objType} class");
                return -1;
            }
            var newArgTup = PyTuple.FromBorrowed(argtup.Items[1..]);
            int p = Save(st, newArgTup, false);
            Py.DECREF(newArgTup);
            if (p < 0)
            {
                PickleErrors.AddNote($"when serializing {objType} __new__ arguments");
                return -1;
            }
            WriteByte(Op.NEWOBJ);
        }
        else
        {
            if (Save(st, callable, false) < 0)
            {
                PickleErrors.AddNote($"when serializing {objType} reconstructor");
                return -1;
            }
            if (Save(st, argtup, false) < 0)
            {
                PickleErrors.AddNote($"when serializing {objType} reconstructor arguments");
                return -1;
            }
            WriteByte(Op.REDUCE);
        }

        // obj is null when a reduce value is saved for its own sake (nested globals): not memoized.
        if (obj != null)
        {
            // Reached again while its reconstruction was saved: drop that and fetch it from the memo.
            if (MemoLookup(obj, out long index))
            {
                WriteByte(Op.POP);
                return MemoGet(st, index);
            }
            if (MemoPut(st, obj) < 0) return -1;
        }
        if (listItems != null && BatchList(st, listItems, obj) < 0) return -1;
        if (dictItems != null && BatchDict(st, dictItems, obj) < 0) return -1;
        if (state != null)
        {
            if (stateSetter == null)
            {
                if (Save(st, state, false) < 0)
                {
                    PickleErrors.AddNote($"when serializing {objType} state");
                    return -1;
                }
                WriteByte(Op.BUILD);
            }
            else
            {
                // state_setter(obj, state), its result popped: the call only mutates obj.
                if (Save(st, stateSetter, false) < 0)
                {
                    PickleErrors.AddNote($"when serializing {objType} state setter");
                    return -1;
                }
                if (Save(st, obj!, false) < 0) return -1;
                if (Save(st, state, false) < 0)
                {
                    PickleErrors.AddNote($"when serializing {objType} state");
                    return -1;
                }
                WriteByte(Op.TUPLE2);
                WriteByte(Op.REDUCE);
                WriteByte(Op.POP);
            }
        }
        return 0;
    }
}
