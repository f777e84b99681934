using System;
using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Modules;
using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class EvalLoop
{
    const int ColdError = -1, ColdUnwind = -2;

    /// <summary>LOAD_SUPER_ATTR's call of the global `super`: with the class and self when the source named them (oparg bit 2), else with none.</summary>
    internal static PyObject? CallGlobalSuper(int oparg, PyObject globalSuper, PyObject cls, PyObject self)
        => (oparg & 2) != 0 ? Calls.CallTwoArgs(globalSuper, cls, self) : Calls.CallNoArgs(globalSuper);

    /// <summary>
    /// The instructions that are rare in hot code, kept out of <see cref="Loop"/> so the loop
    /// stays small enough for the JIT to keep its state in registers. The stack pointer
    /// travels in <c>f.StackPointer</c> (read on entry, written on every exit); the result is
    /// how far to advance the instruction pointer past the instruction's caches, or
    /// <see cref="ColdError"/> (a new exception: record the traceback, then unwind) or
    /// <see cref="ColdUnwind"/> (an exception already raised with its traceback).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ExecCold(ThreadState ts, Frame f, int opcode, int oparg)
    {
        PyCode code = f.Code;
        PyObject[] consts = code.Consts;
        PyUnicode[] names = code.Names;
        StackRef[] s = f.Slots;
        int b = f.Base;
        int sp = f.StackPointer;
        int ipDelta = 0;
        PyObject? res;
        switch (opcode)
        {
                // ---- locals ----
                case Op.DELETE_FAST:
                    {
                        var old = s[b + oparg];
                        if (old.IsNull) { UnboundLocal(code, oparg); goto error; }
                        s[b + oparg] = default;
                        old.Close();
                        break;
                    }

                // ---- constants and stack ----
                case Op.LOAD_COMMON_CONSTANT:
                    s[sp++] = StackRef.FromNew(Interpreter.CommonConsts[oparg]);
                    break;
                case Op.END_SEND:
                    {
                        var value = s[--sp];
                        s[sp] = default;
                        s[sp - 1].Close();
                        s[sp - 1] = value;
                        break;
                    }

                // ---- names ----
                case Op.DELETE_NAME:
                    if (DeleteName(f, names[oparg]) < 0) goto error;
                    break;
                case Op.STORE_GLOBAL:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        int err = f.Globals.SetItem(names[oparg], v.AsBorrowed);
                        v.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.DELETE_GLOBAL:
                    if (f.Globals.DelItem(names[oparg]) < 0)
                    {
                        if (Errors.ExceptionMatches(PyExc.KeyError))
                        {
                            Errors.Clear();
                            NameErrors.Raise(names[oparg], f);
                        }
                        goto error;
                    }
                    break;
                case Op.LOAD_LOCALS:
                    if (f.Locals == null) { Errors.SetString(PyExc.SystemError, "no locals found"); goto error; }
                    s[sp++] = StackRef.FromNew(f.Locals);
                    break;
                case Op.LOAD_FROM_DICT_OR_GLOBALS:
                    {
                        var mapping = s[sp - 1];
                        res = Abstract.MappingGetOptionalItem(mapping.AsBorrowed, names[oparg]);
                        if (res == null && Errors.Occurred()) goto error;
                        res ??= LoadGlobal(f, names[oparg]);
                        if (res == null) goto error;
                        mapping.Close();
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }

                // ---- cells ----
                case Op.MAKE_CELL:
                    {
                        var initial = s[b + oparg];
                        var cell = new PyCell(initial.IsNull ? null : initial.AsSteal());
                        s[b + oparg] = StackRef.FromSteal(cell);
                        break;
                    }
                case Op.COPY_FREE_VARS:
                    {
                        var closure = ((PyFunction)f.Func!).Closure!.Items;
                        int offset = code.NLocalsPlus - oparg;
                        for (int i = 0; i < oparg; i++) s[b + offset + i] = StackRef.FromNew(closure[i]);
                        break;
                    }
                case Op.STORE_DEREF:
                    {
                        var cell = (PyCell)s[b + oparg].AsBorrowed;
                        var v = s[--sp];
                        s[sp] = default;
                        Py.SETREF(ref cell.Ref, v.AsSteal());
                        break;
                    }
                case Op.DELETE_DEREF:
                    {
                        var cell = (PyCell)s[b + oparg].AsBorrowed;
                        if (cell.Ref == null) { UnboundDeref(code, oparg); goto error; }
                        Py.CLEAR(ref cell.Ref);
                        break;
                    }
                case Op.LOAD_FROM_DICT_OR_DEREF:
                    {
                        var mapping = s[sp - 1];
                        res = Abstract.MappingGetOptionalItem(mapping.AsBorrowed, code.LocalsPlusNames[oparg]);
                        if (res == null)
                        {
                            if (Errors.Occurred()) goto error;
                            var cell = (PyCell)s[b + oparg].AsBorrowed;
                            if (cell.Ref == null) { UnboundDeref(code, oparg); goto error; }
                            res = Py.NewRef(cell.Ref);
                        }
                        mapping.Close();
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }

                // ---- attributes ----
                case Op.LOAD_SUPER_ATTR:
                case Op.INSTRUMENTED_LOAD_SUPER_ATTR:
                    {
                        // super().name: stack is global super, __class__, self.
                        var self = s[sp - 1];
                        var cls = s[sp - 2];
                        var globalSuper = s[sp - 3];
                        f.StackPointer = sp;
                        PyObject? sup = opcode == Op.LOAD_SUPER_ATTR
                            ? CallGlobalSuper(oparg, globalSuper.AsBorrowed, cls.AsBorrowed, self.AsBorrowed)
                            : Instrumentation.CallSuper(ts, f, oparg, globalSuper.AsBorrowed, cls.AsBorrowed, self.AsBorrowed);
                        res = sup == null ? null : Abstract.GetAttr(sup, names[oparg >> 2]);
                        Py.XDECREF(sup);
                        self.Close(); cls.Close(); globalSuper.Close();
                        s[--sp] = default; s[--sp] = default;
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        if ((oparg & 1) != 0) s[sp++] = default;
                        ipDelta += Op.INLINE_CACHE_ENTRIES_LOAD_SUPER_ATTR;
                        break;
                    }
                case Op.DELETE_ATTR:
                    {
                        var owner = s[--sp];
                        s[sp] = default;
                        int err = Abstract.SetAttr(owner.AsBorrowed, names[oparg], null);
                        owner.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.LOAD_SPECIAL:
                    {
                        var owner = s[sp - 1];
                        var name = PyUnicode.Intern(SpecialMethodNames[oparg]);
                        var meth = MethodLookup.Get(owner.AsBorrowed, name, out bool isUnbound, special: true);
                        if (meth == null)
                        {
                            if (Errors.ExceptionMatches(PyExc.AttributeError))
                            {
                                Errors.Clear();
                                Errors.SetString(PyExc.TypeError, SpecialMethodError(owner.AsBorrowed, oparg));
                            }
                            goto error;
                        }
                        if (isUnbound)
                        {
                            s[sp - 1] = StackRef.FromSteal(meth);
                            s[sp++] = owner;
                        }
                        else
                        {
                            owner.Close();
                            s[sp - 1] = StackRef.FromSteal(meth);
                            s[sp++] = default;
                        }
                        break;
                    }

                // ---- operators ----
                case Op.UNARY_NEGATIVE:
                case Op.UNARY_INVERT:
                    {
                        var v = s[sp - 1];
                        res = opcode == Op.UNARY_NEGATIVE ? Abstract.Negative(v.AsBorrowed) : Abstract.Invert(v.AsBorrowed);
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                // ---- subscripts and slices ----
                case Op.DELETE_SUBSCR:
                    {
                        var sub = s[sp - 1];
                        var container = s[sp - 2];
                        int err = Abstract.DelItem(container.AsBorrowed, sub.AsBorrowed);
                        sub.Close(); container.Close();
                        s[--sp] = default; s[--sp] = default;
                        if (err < 0) goto error;
                        break;
                    }
                case Op.BUILD_SLICE:
                    {
                        var step = oparg == 3 ? s[--sp] : default;
                        var stop = s[--sp];
                        var start = s[sp - 1];
                        res = PySlice.New(start.AsBorrowed, stop.AsBorrowed, step.IsNull ? null : step.AsBorrowed);
                        start.Close(); stop.Close(); step.Close();
                        s[sp] = default; s[sp + 1] = default;
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.BINARY_SLICE:
                    {
                        var stop = s[--sp];
                        var start = s[--sp];
                        var container = s[sp - 1];
                        var slice = PySlice.New(start.AsBorrowed, stop.AsBorrowed, null);
                        start.Close(); stop.Close();
                        res = Abstract.GetItem(container.AsBorrowed, slice);
                        Py.DECREF(slice);
                        container.Close();
                        s[sp] = default; s[sp + 1] = default;
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.STORE_SLICE:
                    {
                        var stop = s[--sp];
                        var start = s[--sp];
                        var container = s[--sp];
                        var v = s[--sp];
                        var slice = PySlice.New(start.AsBorrowed, stop.AsBorrowed, null);
                        start.Close(); stop.Close();
                        int err = Abstract.SetItem(container.AsBorrowed, slice, v.AsBorrowed);
                        Py.DECREF(slice);
                        container.Close(); v.Close();
                        s[sp] = s[sp + 1] = s[sp + 2] = s[sp + 3] = default;
                        if (err < 0) goto error;
                        break;
                    }

                // ---- building ----
                case Op.BUILD_TUPLE:
                    {
                        var items = new PyObject[oparg];
                        for (int i = 0; i < oparg; i++) { items[i] = s[sp - oparg + i].AsSteal(); s[sp - oparg + i] = default; }
                        sp -= oparg;
                        s[sp++] = StackRef.FromSteal(PyTuple.FromStolen(items));
                        break;
                    }
                case Op.BUILD_LIST:
                    {
                        var list = PyList.New(oparg);
                        for (int i = 0; i < oparg; i++) { list.AppendSteal(s[sp - oparg + i].AsSteal()); s[sp - oparg + i] = default; }
                        sp -= oparg;
                        s[sp++] = StackRef.FromSteal(list);
                        break;
                    }
                case Op.BUILD_SET:
                    {
                        var set = PySet.NewEmpty();
                        int err = 0;
                        for (int i = 0; i < oparg; i++)
                        {
                            var item = s[sp - oparg + i];
                            if (err == 0) err = set.Add(item.AsBorrowed);
                            item.Close();
                            s[sp - oparg + i] = default;
                        }
                        sp -= oparg;
                        if (err < 0) { Py.DECREF(set); goto error; }
                        s[sp++] = StackRef.FromSteal(set);
                        break;
                    }
                case Op.SET_ADD:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        int err = ((PySet)s[sp - oparg].AsBorrowed).Add(v.AsBorrowed);
                        v.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.SET_UPDATE:
                    {
                        var iterable = s[--sp];
                        s[sp] = default;
                        int err = PySet.UpdateInternal((PySet)s[sp - oparg].AsBorrowed, iterable.AsBorrowed);
                        iterable.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.BUILD_MAP:
                    {
                        var d = PyDict.New();
                        int err = 0;
                        int first = sp - 2 * oparg;
                        for (int i = 0; i < oparg; i++)
                        {
                            var k = s[first + 2 * i];
                            var v = s[first + 2 * i + 1];
                            if (err == 0) err = d.SetItem(k.AsBorrowed, v.AsBorrowed);
                            k.Close(); v.Close();
                            s[first + 2 * i] = default; s[first + 2 * i + 1] = default;
                        }
                        sp = first;
                        if (err < 0) { Py.DECREF(d); goto error; }
                        s[sp++] = StackRef.FromSteal(d);
                        break;
                    }
                case Op.BUILD_STRING:
                    {
                        // _PyUnicode_JoinArray: code points are joined as they are (lone surrogates stay lone).
                        var pieces = new PyObject[oparg];
                        for (int i = 0; i < oparg; i++) pieces[i] = s[sp - oparg + i].AsBorrowed;
                        var str = PyUnicode.JoinItems(PyUnicode.Empty, pieces);
                        for (int i = 0; i < oparg; i++)
                        {
                            s[sp - oparg + i].Close();
                            s[sp - oparg + i] = default;
                        }
                        sp -= oparg;
                        if (str == null) goto error;
                        s[sp++] = StackRef.FromSteal(str);
                        break;
                    }
                case Op.BUILD_INTERPOLATION:
                    {
                        // value, expression source[, format spec] -> Interpolation; oparg = conversion << 2 | has spec.
                        var format = (oparg & 1) != 0 ? s[--sp] : default;
                        var expr = s[--sp];
                        var value = s[--sp];
                        var interp = PyInterpolation.Build(value.AsBorrowed, expr.AsBorrowed, oparg >> 2,
                            (oparg & 1) != 0 ? format.AsBorrowed : PyUnicode.Intern(""));
                        if ((oparg & 1) != 0) { format.Close(); s[sp + 2] = default; }
                        expr.Close(); value.Close();
                        s[sp] = default; s[sp + 1] = default;
                        if (interp == null) goto error;
                        s[sp++] = StackRef.FromSteal(interp);
                        break;
                    }
                case Op.BUILD_TEMPLATE:
                    {
                        var interps = s[--sp];
                        var strs = s[sp - 1];
                        var template = PyTemplate.Build((PyTuple)strs.AsBorrowed, (PyTuple)interps.AsBorrowed);
                        interps.Close(); strs.Close();
                        s[sp] = default;
                        s[sp - 1] = StackRef.FromSteal(template);
                        break;
                    }
                case Op.LIST_EXTEND:
                    {
                        var iterable = s[--sp];
                        s[sp] = default;
                        int err = ListExtend((PyList)s[sp - oparg].AsBorrowed, iterable.AsBorrowed);
                        iterable.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.MAP_ADD:
                    {
                        var v = s[--sp];
                        var k = s[--sp];
                        int err = ((PyDict)s[sp - oparg].AsBorrowed).SetItem(k.AsBorrowed, v.AsBorrowed);
                        k.Close(); v.Close();
                        s[sp] = default; s[sp + 1] = default;
                        if (err < 0) goto error;
                        break;
                    }
                case Op.DICT_UPDATE:
                case Op.DICT_MERGE:
                    {
                        var update = s[--sp];
                        s[sp] = default;
                        int err = opcode == Op.DICT_UPDATE
                            ? DictOps.Update((PyDict)s[sp - oparg].AsBorrowed, update.AsBorrowed)
                            : DictOps.MergeKwargs((PyDict)s[sp - oparg].AsBorrowed, update.AsBorrowed, s[sp - oparg - 3].AsBorrowed);
                        update.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.UNPACK_SEQUENCE:
                    {
                        var seq = s[--sp];
                        s[sp] = default;
                        int err = Unpack.Sequence(seq.AsBorrowed, oparg, -1, s, sp);
                        seq.Close();
                        if (err < 0) goto error;
                        sp += oparg;
                        ipDelta += Op.INLINE_CACHE_ENTRIES_UNPACK_SEQUENCE;
                        break;
                    }
                case Op.UNPACK_EX:
                    {
                        var seq = s[--sp];
                        s[sp] = default;
                        int before = oparg & 0xff, after = oparg >> 8;
                        int err = Unpack.Sequence(seq.AsBorrowed, before, after, s, sp);
                        seq.Close();
                        if (err < 0) goto error;
                        sp += before + 1 + after;
                        break;
                    }

                // ---- formatting (f-strings) ----
                case Op.CONVERT_VALUE:
                    {
                        var v = s[sp - 1];
                        res = oparg switch
                        {
                            1 => Abstract.Str(v.AsBorrowed),
                            2 => Abstract.Repr(v.AsBorrowed),
                            _ => Builtins.Ascii(v.AsBorrowed),
                        };
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.FORMAT_SIMPLE:
                    {
                        var v = s[sp - 1];
                        if (v.AsBorrowed.ob_type == PyUnicode.Type) break;
                        res = Abstract.Format(v.AsBorrowed, null);
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.FORMAT_WITH_SPEC:
                    {
                        var spec = s[--sp];
                        var v = s[sp - 1];
                        s[sp] = default;
                        res = Abstract.Format(v.AsBorrowed, spec.AsBorrowed);
                        v.Close();
                        spec.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }

                // ---- jumps ----
                // ---- iteration ----
                case Op.GET_YIELD_FROM_ITER:
                    {
                        var v = s[sp - 1].AsBorrowed;
                        if (v is PyCoro)
                        {
                            if ((code.Flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0)
                            {
                                Errors.SetString(PyExc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                                goto error;
                            }
                            break;
                        }
                        if (v is PyGen) break;
                        res = Abstract.GetIter(v);
                        if (res == null) goto error;
                        s[sp - 1].Close();
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.GET_AWAITABLE:
                    {
                        var v = s[sp - 1];
                        res = GetAwaitable(v.AsBorrowed, oparg);
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.GET_AITER:
                    {
                        var v = s[sp - 1];
                        res = GetAIter(v.AsBorrowed);
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.GET_ANEXT:
                    res = GetANext(s[sp - 1].AsBorrowed);
                    if (res == null) goto error;
                    s[sp++] = StackRef.FromSteal(res);
                    break;
                case Op.END_ASYNC_FOR:
                case Op.INSTRUMENTED_END_ASYNC_FOR:
                    {
                        // The handler of `async for`: StopAsyncIteration ends the loop, anything else propagates.
                        if (opcode == Op.INSTRUMENTED_END_ASYNC_FOR && Instrumentation.EndAsyncFor(ts, f, oparg) < 0) goto error;
                        var exc = s[--sp];
                        var aiter = s[--sp];
                        s[sp] = s[sp + 1] = default;
                        if (Raise.GivenExceptionMatches(exc.AsBorrowed, PyExc.StopAsyncIteration))
                        {
                            exc.Close();
                            aiter.Close();
                            break;
                        }
                        aiter.Close();
                        Errors.SetRaisedException((PyBaseException)exc.MakeOwned().AsSteal());
                        goto unwind;
                    }
                case Op.EXIT_INIT_CHECK:
                    {
                        // What CPython's shim frame for `cls(...)` runs after __init__ (CALL_ALLOC_AND_ENTER_INIT).
                        var initResult = s[--sp];
                        s[sp] = default;
                        bool isNone = initResult.AsBorrowed == Py.None;
                        if (!isNone) SlotDefs.InitReturnedNotNone(initResult.AsBorrowed);
                        initResult.Close();
                        if (!isNone) goto error;
                        break;
                    }
                case Op.MATCH_MAPPING:
                case Op.MATCH_SEQUENCE:
                    {
                        var subject = s[sp - 1].AsBorrowed;
                        bool match = opcode == Op.MATCH_MAPPING ? PatternMatching.IsMapping(subject) : PatternMatching.IsSequence(subject);
                        s[sp++] = StackRef.FromBorrow(match ? PyBool.True : PyBool.False);
                        break;
                    }
                case Op.MATCH_KEYS:
                    res = PatternMatching.MatchKeys(s[sp - 2].AsBorrowed, (PyTuple)s[sp - 1].AsBorrowed);
                    if (res == null) goto error;
                    s[sp++] = StackRef.FromSteal(res);
                    break;
                case Op.MATCH_CLASS:
                    {
                        var names2 = s[--sp];
                        var type2 = s[--sp];
                        var subject = s[sp - 1];
                        res = PatternMatching.MatchClass(subject.AsBorrowed, type2.AsBorrowed, oparg, (PyTuple)names2.AsBorrowed);
                        names2.Close(); type2.Close(); subject.Close();
                        s[sp] = s[sp + 1] = default;
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.GET_LEN:
                    {
                        long n = Abstract.Length(s[sp - 1].AsBorrowed);
                        if (n < 0) goto error;
                        s[sp++] = StackRef.FromSteal(PyLong.FromLong(n));
                        break;
                    }

                // ---- calls ----
                case Op.CALL_FUNCTION_EX:
                    {
                        var kwargs = s[--sp];
                        var callargs = s[--sp];
                        var selfOrNull = s[--sp];
                        var callable = s[sp - 1];
                        f.StackPointer = sp;
                        res = CallEx.Call(callable.AsBorrowed, selfOrNull.IsNull ? null : selfOrNull.AsBorrowed, callargs.AsBorrowed, kwargs.IsNull ? null : kwargs.AsBorrowed);
                        kwargs.Close(); callargs.Close(); selfOrNull.Close(); callable.Close();
                        s[sp] = s[sp + 1] = s[sp + 2] = default;
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        // CHECK_EVAL_BREAKER, as after CALL.
                        if ((ts.EvalBreaker || Gc.Scheduled) && Signals.HandlePending() < 0) goto error;
                        break;
                    }
                case Op.CALL_INTRINSIC_1:
                    {
                        var v = s[sp - 1];
                        res = Intrinsics.Call1(ts, f, oparg, v.AsBorrowed);
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.CALL_INTRINSIC_2:
                    {
                        var v1 = s[--sp];
                        var v2 = s[sp - 1];
                        s[sp] = default;
                        res = Intrinsics.Call2(oparg, v2.AsBorrowed, v1.AsBorrowed);
                        v1.Close(); v2.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.MAKE_FUNCTION:
                    {
                        var codeObj = s[sp - 1];
                        var fn = new PyFunction((PyCode)codeObj.AsBorrowed, f.Globals);
                        codeObj.Close();
                        s[sp - 1] = StackRef.FromSteal(fn);
                        break;
                    }
                case Op.SET_FUNCTION_ATTRIBUTE:
                    {
                        var fnRef = s[--sp];
                        var attr = s[sp - 1];
                        s[sp] = default;
                        var fn = (PyFunction)fnRef.AsBorrowed;
                        var value = attr.AsSteal();
                        switch (oparg)
                        {
                            case 1: fn.Defaults = (PyTuple)value; break;
                            case 2: fn.KwDefaults = (PyDict)value; break;
                            case 4: fn.Annotations = value; break;
                            case 8: fn.Closure = (PyTuple)value; break;
                            case 16: fn.Annotate = value; break;
                            default: Py.DECREF(value); break;
                        }
                        s[sp - 1] = fnRef;
                        break;
                    }
                case Op.LOAD_BUILD_CLASS:
                    {
                        res = Builtins.BuildClassFunction(f);
                        if (res == null) goto error;
                        s[sp++] = StackRef.FromSteal(res);
                        break;
                    }

                // ---- imports ----
                case Op.IMPORT_NAME:
                    {
                        var fromlist = s[--sp];
                        var level = s[sp - 1];
                        s[sp] = default;
                        res = Import.ImportName(f, names[oparg], fromlist.AsBorrowed, level.AsBorrowed);
                        fromlist.Close(); level.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.IMPORT_FROM:
                    res = Import.ImportFrom(s[sp - 1].AsBorrowed, names[oparg]);
                    if (res == null) goto error;
                    s[sp++] = StackRef.FromSteal(res);
                    break;

                // ---- returns and generators ----
                case Op.SEND:
                    {
                        var receiver = s[sp - 2].AsBorrowed;
                        var v = s[sp - 1];
                        f.StackPointer = sp;
                        var status = GenOps.Send(receiver, v.AsBorrowed, out res);
                        ipDelta += Op.INLINE_CACHE_ENTRIES_SEND;
                        if (status == PySendResult.Error) goto error;
                        // A receiver other than a generator or coroutine ended with a StopIteration: RAISE.
                        if (status == PySendResult.Return && receiver is not (PyGen or PyCoro) && Instrumentation.MonitorSendStop(ts, f, res!) < 0) goto error;
                        v.Close();
                        s[sp - 1] = StackRef.FromSteal(res!);
                        if (status == PySendResult.Return) ipDelta += oparg; // to END_SEND
                        break;
                    }
                case Op.CLEANUP_THROW:
                    {
                        var excValue = s[--sp];
                        var lastSent = s[--sp];
                        var subIter = s[sp - 1];
                        s[sp] = s[sp + 1] = default;
                        var exc = (PyBaseException)excValue.AsBorrowed;
                        if (Abstract.IsSubtype(exc.ob_type, PyExc.StopIteration))
                        {
                            var value = StopIterationValue(exc);
                            subIter.Close();
                            lastSent.Close();
                            excValue.Close();
                            s[sp - 1] = StackRef.FromBorrow(Py.None);
                            s[sp++] = StackRef.FromSteal(value);
                            break;
                        }
                        Errors.SetRaisedException(excValue.AsSteal() as PyBaseException);
                        subIter.Close(); lastSent.Close();
                        s[--sp] = default;
                        goto unwind;
                    }

                // ---- exceptions ----
                case Op.RAISE_VARARGS:
                    {
                        PyObject? cause = oparg == 2 ? s[--sp].AsSteal() : null;
                        PyObject? exc = oparg >= 1 ? s[--sp].AsSteal() : null;
                        s[sp] = default; s[sp + 1] = default;
                        if (Raise.DoRaise(ts, exc, cause)) goto unwind;
                        goto error;
                    }
                case Op.RERAISE:
                    {
                        var exc = s[--sp];
                        s[sp] = default;
                        if (oparg != 0)
                        {
                            // The frame's position goes back to the instruction that raised
                            // originally (for lasti and line numbers); the handler is still
                            // looked up from this RERAISE.
                            f.LastInstr = (int)((PyLong)s[sp - oparg].AsBorrowed).Value;
                        }
                        Errors.SetRaisedException((PyBaseException)exc.AsSteal());
                        goto unwind;
                    }
                case Op.PUSH_EXC_INFO:
                    {
                        var exc = s[sp - 1];
                        var prev = ts.ExcInfo.ExcValue;
                        s[sp - 1] = prev == null ? StackRef.FromBorrow(Py.None) : StackRef.FromSteal(prev);
                        ts.ExcInfo.ExcValue = exc.AsSteal();
                        s[sp++] = StackRef.FromNew(ts.ExcInfo.ExcValue);
                        break;
                    }
                case Op.POP_EXCEPT:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        var old = ts.ExcInfo.ExcValue;
                        var restored = v.AsSteal();
                        ts.ExcInfo.ExcValue = restored == Py.None ? null : restored;
                        Py.XDECREF(old);
                        break;
                    }
                case Op.CHECK_EXC_MATCH:
                    {
                        var matchType = s[--sp];
                        var left = s[sp - 1].AsBorrowed;
                        s[sp] = default;
                        if (!Raise.CheckExceptTypeValid(matchType.AsBorrowed)) { matchType.Close(); goto error; }
                        bool match = Raise.GivenExceptionMatches(left, matchType.AsBorrowed);
                        matchType.Close();
                        s[sp++] = StackRef.FromBorrow(match ? PyBool.True : PyBool.False);
                        break;
                    }
                case Op.CHECK_EG_MATCH:
                    {
                        // (exc_value, match_type -- rest, match); the match becomes the handled exception.
                        var matchType = s[--sp];
                        var excValue = s[sp - 1];
                        s[sp] = default;
                        if (!ExceptStar.CheckTypeValid(matchType.AsBorrowed)) { matchType.Close(); goto error; }
                        int r = ExceptStar.Match(f, excValue.AsBorrowed, matchType.AsBorrowed, out var match, out var rest);
                        matchType.Close();
                        if (r < 0) goto error;
                        excValue.Close();
                        if (match != Py.None)
                        {
                            var old = ts.ExcInfo.ExcValue;
                            ts.ExcInfo.ExcValue = Py.NewRef(match!);
                            Py.XDECREF(old);
                        }
                        s[sp - 1] = StackRef.FromSteal(rest!);
                        s[sp++] = StackRef.FromSteal(match!);
                        break;
                    }
                case Op.WITH_EXCEPT_START:
                    {
                        // Stack: exit_func, exit_self, lasti, prev_exc, val
                        var val = s[sp - 1].AsBorrowed;
                        var exitFunc = s[sp - 5].AsBorrowed;
                        var exitSelf = s[sp - 4];
                        // Owned for the call, as PyException_GetTraceback's: __exit__ may drop the
                        // exception's own reference (with_traceback(None)) while its frame holds tb.
                        var tb = Py.NewRef(((PyBaseException)val).Traceback ?? Py.None);
                        PyObject?[] callArgs = exitSelf.IsNull
                            ? new PyObject?[] { val.ob_type, val, tb }
                            : new PyObject?[] { exitSelf.AsBorrowed, val.ob_type, val, tb };
                        res = Calls.CallArgs(exitFunc, callArgs!);
                        Py.DECREF(tb);
                        if (res == null) goto error;
                        s[sp++] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.SETUP_ANNOTATIONS:
                    if (Annotations.Setup(f) < 0) goto error;
                    break;

                default:
                    Errors.SetString(PyExc.SystemError, $"{f.Code.Co.Filename}:{f.LastLine}: unknown opcode {opcode}");
                    goto error;
        }
        f.StackPointer = sp;
        return ipDelta;
    error:
        f.StackPointer = sp;
        return ColdError;
    unwind:
        f.StackPointer = sp;
        return ColdUnwind;
    }
}
