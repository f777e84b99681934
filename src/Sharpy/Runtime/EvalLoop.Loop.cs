using System;
using Sharpy.Compiler;
using Sharpy.Modules;
using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class EvalLoop
{
    /// <summary>The interpreter loop proper. See <see cref="Run"/>.</summary>
    static PyObject? Loop(ThreadState ts, Frame entry, bool throwing)
    {
        Frame f = entry;
        PyCode code = f.Code;
        ushort[] instrs = code.Instructions;
        PyObject[] consts = code.Consts;
        PyUnicode[] names = code.Names;
        StackRef[] s = f.Slots;
        int b = f.Base;
        int sp = f.StackPointer;
        int ip = f.InstrPtr;
        int thisInstr = ip;
        int opcode, oparg;
        PyObject? res;
        // Statics the hot instructions compare with, read once (in ReadyToRun code every
        // static field read goes through a helper).
        PyObject pyTrue = PyBool.True, pyFalse = PyBool.False, pyNone = PyNone.None;
        PyType longType = PyLong.Type;
        bool subscrFailed = false;

        while (true)
        {
            if (throwing)
            {
                // gen.throw(): raise the exception at the point where the generator is suspended.
                throwing = false;
                thisInstr = ip;
                goto error;
            }
            thisInstr = ip;
            f.LastInstr = ip;
            int word = instrs[ip++];
            opcode = word & 0xff;
            oparg = word >> 8;
        dispatch_with_oparg:
            switch (opcode)
            {
                case Op.EXTENDED_ARG:
                    word = instrs[ip++];
                    opcode = word & 0xff;
                    oparg = (oparg << 8) | (word >> 8);
                    goto dispatch_with_oparg;

                case Op.NOP:
                case Op.NOT_TAKEN:
                case Op.RESUME:
                case Op.RESUME_CHECK:
                case Op.CACHE:
                    if (opcode == Op.RESUME && (ts.PendingInterrupt || Gc.Scheduled)) { if (Signals.HandlePending() < 0) goto error; }
                    break;

                // ---- locals ----
                case Op.LOAD_FAST:
                    s[sp++] = s[b + oparg].Dup();
                    break;
                case Op.LOAD_FAST_BORROW:
                    s[sp++] = StackRef.FromBorrow(s[b + oparg].AsBorrowed);
                    break;
                case Op.LOAD_FAST_CHECK:
                    if (s[b + oparg].IsNull) { UnboundLocal(code, oparg); goto error; }
                    s[sp++] = s[b + oparg].Dup();
                    break;
                case Op.LOAD_FAST_AND_CLEAR:
                    s[sp++] = s[b + oparg];
                    s[b + oparg] = default;
                    break;
                case Op.LOAD_FAST_LOAD_FAST:
                    s[sp++] = s[b + (oparg >> 4)].Dup();
                    s[sp++] = s[b + (oparg & 15)].Dup();
                    break;
                case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
                    s[sp++] = StackRef.FromBorrow(s[b + (oparg >> 4)].AsBorrowed);
                    s[sp++] = StackRef.FromBorrow(s[b + (oparg & 15)].AsBorrowed);
                    break;
                case Op.STORE_FAST:
                    {
                        var old = s[b + oparg];
                        s[b + oparg] = s[--sp];
                        s[sp] = default;
                        old.Close();
                        break;
                    }
                case Op.STORE_FAST_LOAD_FAST:
                    {
                        var old = s[b + (oparg >> 4)];
                        s[b + (oparg >> 4)] = s[--sp];
                        old.Close();
                        s[sp++] = s[b + (oparg & 15)].Dup();
                        break;
                    }
                case Op.STORE_FAST_STORE_FAST:
                    {
                        var old1 = s[b + (oparg >> 4)];
                        s[b + (oparg >> 4)] = s[--sp];
                        old1.Close();
                        var old2 = s[b + (oparg & 15)];
                        s[b + (oparg & 15)] = s[--sp];
                        s[sp] = default;
                        s[sp + 1] = default;
                        old2.Close();
                        break;
                    }
                case Op.DELETE_FAST:
                    {
                        var old = s[b + oparg];
                        if (old.IsNull) { UnboundLocal(code, oparg); goto error; }
                        s[b + oparg] = default;
                        old.Close();
                        break;
                    }

                // ---- constants and stack ----
                case Op.LOAD_CONST:
                    s[sp++] = StackRef.FromNew(consts[oparg]);
                    break;
                case Op.LOAD_SMALL_INT:
                    s[sp++] = StackRef.FromSteal(PyLong.FromLong(oparg));
                    break;
                case Op.LOAD_COMMON_CONSTANT:
                    s[sp++] = StackRef.FromNew(CommonConstant(oparg));
                    break;
                case Op.POP_TOP:
                case Op.END_FOR:
                case Op.POP_ITER:
                    s[--sp].Close();
                    s[sp] = default;
                    break;
                case Op.PUSH_NULL:
                    s[sp++] = default;
                    break;
                case Op.COPY:
                    s[sp] = s[sp - oparg].Dup();
                    sp++;
                    break;
                case Op.SWAP:
                    (s[sp - 1], s[sp - oparg]) = (s[sp - oparg], s[sp - 1]);
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
                case Op.LOAD_NAME:
                    res = LoadName(f, names[oparg]);
                    if (res == null) goto error;
                    s[sp++] = StackRef.FromSteal(res);
                    break;
                case Op.STORE_NAME:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        int err = f.Locals == null ? NoLocals("storing", names[oparg]) : MappingSet(f.Locals, names[oparg], v.AsBorrowed);
                        v.Close();
                        if (err < 0) goto error;
                        break;
                    }
                case Op.DELETE_NAME:
                    if (DeleteName(f, names[oparg]) < 0) goto error;
                    break;
                case Op.LOAD_GLOBAL:
                    res = LoadGlobalCached(f, code, oparg >> 1);
                    if (res == null) goto error;
                    s[sp++] = StackRef.FromSteal(res);
                    if ((oparg & 1) != 0) s[sp++] = default;
                    ip += 4;
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
                        res = MappingGet(mapping.AsBorrowed, names[oparg]);
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
                case Op.LOAD_DEREF:
                    {
                        var cell = (PyCell)s[b + oparg].AsBorrowed;
                        if (cell.Ref == null) { UnboundDeref(code, oparg); goto error; }
                        s[sp++] = StackRef.FromNew(cell.Ref);
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
                        res = MappingGet(mapping.AsBorrowed, code.LocalsPlusNames[oparg]);
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
                case Op.LOAD_ATTR:
                    {
                        var owner = s[sp - 1];
                        var name = names[oparg >> 1];
                        if ((oparg & 1) != 0)
                        {
                            // Method form: push the unbound function and self when the attribute
                            // is a plain method, else the attribute and NULL.
                            var o = owner.AsBorrowed;
                            var meth = MethodLookup.Get(o, name, out bool isUnbound);
                            if (meth == null) goto error;
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
                        }
                        else
                        {
                            res = Abstract.GetAttr(owner.AsBorrowed, name);
                            if (res == null) goto error;
                            owner.Close();
                            s[sp - 1] = StackRef.FromSteal(res);
                        }
                        ip += 9;
                        break;
                    }
                case Op.LOAD_SUPER_ATTR:
                    {
                        // super().name: stack is global super, __class__, self.
                        var self = s[sp - 1];
                        var cls = s[sp - 2];
                        var globalSuper = s[sp - 3];
                        f.StackPointer = sp;
                        PyObject? sup = (oparg & 2) != 0
                            ? Calls.CallTwoArgs(globalSuper.AsBorrowed, cls.AsBorrowed, self.AsBorrowed)
                            : Calls.CallNoArgs(globalSuper.AsBorrowed);
                        res = sup == null ? null : Abstract.GetAttr(sup, names[oparg >> 2]);
                        Py.XDECREF(sup);
                        self.Close(); cls.Close(); globalSuper.Close();
                        s[--sp] = default; s[--sp] = default;
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        if ((oparg & 1) != 0) s[sp++] = default;
                        ip += 1;
                        break;
                    }
                case Op.STORE_ATTR:
                    {
                        var owner = s[sp - 1];
                        var v = s[sp - 2];
                        int err = Abstract.SetAttr(owner.AsBorrowed, names[oparg], v.AsBorrowed);
                        owner.Close();
                        v.Close();
                        s[--sp] = default;
                        s[--sp] = default;
                        if (err < 0) goto error;
                        ip += 4;
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
                case Op.BINARY_OP:
                    {
                        var rhs = s[--sp];
                        var lhs = s[sp - 1];
                        s[sp] = default;
                        if (IntFastPaths.AreSmallExactInts(longType, lhs.AsBorrowed, rhs.AsBorrowed, out long bx, out long by))
                            res = IntFastPaths.Binary(bx, by, oparg);
                        else if (oparg == NbOp.SUBSCR)
                            res = SubscrFast(lhs.AsBorrowed, rhs.AsBorrowed, out subscrFailed);
                        else res = null;
                        if (res == null && !subscrFailed) res = Abstract.BinaryOp(lhs.AsBorrowed, rhs.AsBorrowed, oparg);
                        subscrFailed = false;
                        lhs.Close();
                        rhs.Close();
                        if (res == null) { s[sp - 1] = default; sp--; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        ip += 5;
                        break;
                    }
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
                case Op.UNARY_NOT:
                    s[sp - 1] = StackRef.FromBorrow(s[sp - 1].AsBorrowed == pyTrue ? pyFalse : pyTrue);
                    break;
                case Op.TO_BOOL:
                    {
                        var v = s[sp - 1];
                        int t = Abstract.IsTrue(v.AsBorrowed);
                        v.Close();
                        if (t < 0) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromBorrow(t != 0 ? pyTrue : pyFalse);
                        ip += 3;
                        break;
                    }
                case Op.COMPARE_OP:
                    {
                        var rhs = s[--sp];
                        var lhs = s[sp - 1];
                        s[sp] = default;
                        res = IntFastPaths.AreSmallExactInts(longType, lhs.AsBorrowed, rhs.AsBorrowed, out long cx, out long cy)
                            ? (IntFastPaths.Compare(cx, cy, (CompareOp)(oparg >> 5)) ? pyTrue : pyFalse)
                            : Abstract.RichCompare(lhs.AsBorrowed, rhs.AsBorrowed, (CompareOp)(oparg >> 5));
                        lhs.Close();
                        rhs.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        if ((oparg & 16) != 0 && res is not PyBool)
                        {
                            int t = Abstract.IsTrue(res);
                            Py.DECREF(res);
                            if (t < 0) { s[--sp] = default; goto error; }
                            res = t != 0 ? pyTrue : pyFalse;
                        }
                        s[sp - 1] = StackRef.FromSteal(res);
                        ip += 1;
                        break;
                    }
                case Op.IS_OP:
                    {
                        var rhs = s[--sp];
                        var lhs = s[sp - 1];
                        s[sp] = default;
                        bool same = lhs.AsBorrowed == rhs.AsBorrowed;
                        lhs.Close();
                        rhs.Close();
                        s[sp - 1] = StackRef.FromBorrow(same ^ (oparg != 0) ? pyTrue : pyFalse);
                        break;
                    }
                case Op.CONTAINS_OP:
                    {
                        var rhs = s[--sp];
                        var lhs = s[sp - 1];
                        s[sp] = default;
                        int r = Abstract.Contains(rhs.AsBorrowed, lhs.AsBorrowed);
                        lhs.Close();
                        rhs.Close();
                        if (r < 0) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromBorrow((r != 0) ^ (oparg != 0) ? pyTrue : pyFalse);
                        ip += 1;
                        break;
                    }

                // ---- subscripts and slices ----
                case Op.STORE_SUBSCR:
                    {
                        var sub = s[sp - 1];
                        var container = s[sp - 2];
                        var v = s[sp - 3];
                        int err = StoreSubscrFast(container.AsBorrowed, sub.AsBorrowed, v.AsBorrowed);
                        if (err == 0) err = Abstract.SetItem(container.AsBorrowed, sub.AsBorrowed, v.AsBorrowed);
                        sub.Close(); container.Close(); v.Close();
                        s[--sp] = default; s[--sp] = default; s[--sp] = default;
                        if (err < 0) goto error;
                        ip += 1;
                        break;
                    }
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
                        var sb = new System.Text.StringBuilder();
                        for (int i = 0; i < oparg; i++)
                        {
                            var piece = s[sp - oparg + i];
                            sb.Append(((PyUnicode)piece.AsBorrowed).Value);
                            piece.Close();
                            s[sp - oparg + i] = default;
                        }
                        sp -= oparg;
                        s[sp++] = StackRef.FromSteal(PyUnicode.FromString(sb.ToString()));
                        break;
                    }
                case Op.LIST_APPEND:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        ((PyList)s[sp - oparg].AsBorrowed).AppendSteal(v.AsSteal());
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
                            : DictOps.MergeKwargs((PyDict)s[sp - oparg].AsBorrowed, update.AsBorrowed, s[sp - oparg - 2].AsBorrowed);
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
                        ip += 1;
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
                case Op.JUMP_FORWARD:
                    ip += oparg;
                    break;
                case Op.JUMP_BACKWARD:
                    ip = ip + 1 - oparg;
                    if ((ts.PendingInterrupt || Gc.Scheduled) && Signals.HandlePending() < 0) goto error;
                    break;
                case Op.JUMP_BACKWARD_NO_INTERRUPT:
                    ip -= oparg;
                    break;
                case Op.POP_JUMP_IF_FALSE:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        ip += 1;
                        if (v.AsBorrowed == pyFalse) ip += oparg;
                        break;
                    }
                case Op.POP_JUMP_IF_TRUE:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        ip += 1;
                        if (v.AsBorrowed == pyTrue) ip += oparg;
                        break;
                    }
                case Op.POP_JUMP_IF_NONE:
                case Op.POP_JUMP_IF_NOT_NONE:
                    {
                        var v = s[--sp];
                        s[sp] = default;
                        bool isNone = v.AsBorrowed == pyNone;
                        v.Close();
                        ip += 1;
                        if (isNone == (opcode == Op.POP_JUMP_IF_NONE)) ip += oparg;
                        break;
                    }

                // ---- iteration ----
                case Op.GET_ITER:
                    {
                        var v = s[sp - 1];
                        res = Abstract.GetIter(v.AsBorrowed);
                        v.Close();
                        if (res == null) { s[--sp] = default; goto error; }
                        s[sp - 1] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.FOR_ITER:
                    {
                        var it = s[sp - 1].AsBorrowed;
                        res = it.ob_type.tp_iternext!(it);
                        ip += 1;
                        if (res == null)
                        {
                            if (Errors.Occurred())
                            {
                                if (!Errors.ExceptionMatches(PyExc.StopIteration)) goto error;
                                Errors.Clear();
                            }
                            // Exhausted: skip the END_FOR at the target; POP_ITER pops the iterator.
                            ip += oparg + 1;
                            break;
                        }
                        s[sp++] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.GET_YIELD_FROM_ITER:
                    {
                        var v = s[sp - 1].AsBorrowed;
                        if (v is PyGen) break;
                        res = Abstract.GetIter(v);
                        if (res == null) goto error;
                        s[sp - 1].Close();
                        s[sp - 1] = StackRef.FromSteal(res);
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
                case Op.CALL:
                case Op.CALL_KW:
                    {
                        PyTuple? kwnames = null;
                        StackRef kwnamesRef = default;
                        if (opcode == Op.CALL_KW)
                        {
                            kwnamesRef = s[--sp];
                            s[sp] = default;
                            kwnames = (PyTuple)kwnamesRef.AsBorrowed;
                        }
                        int nargs = oparg;
                        int callableIndex = sp - nargs - 2;
                        var callable = s[callableIndex];
                        var selfOrNull = s[callableIndex + 1];
                        int argsStart = callableIndex + 2;
                        if (!selfOrNull.IsNull)
                        {
                            argsStart--;
                            nargs++;
                        }
                        ip += 3;
                        var callee = callable.AsBorrowed;
                        if (callee is PyFunction func && (func.Code.Flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0)
                        {
                            // Python-to-Python: the arguments move into the new frame's locals.
                            var args = new ReadOnlySpan<StackRef>(s, argsStart, nargs);
                            var newFrame = FrameSetup.PushFrameForCall(ts, func, args, kwnames, argsAreBorrowed: false);
                            for (int i = argsStart; i < argsStart + nargs; i++) s[i] = default;
                            kwnamesRef.Close();
                            callable.Close();
                            s[callableIndex] = default;
                            s[callableIndex + 1] = default;
                            sp = callableIndex;
                            if (newFrame == null) goto error;
                            if (ts.PyRecursionDepth + 1 > ts.PyRecursionLimit)
                            {
                                FrameSetup.ClearFrame(ts, newFrame);
                                Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded");
                                goto error;
                            }
                            ts.PyRecursionDepth++;
                            f.StackPointer = sp;
                            f.InstrPtr = ip;
                            newFrame.Previous = f;
                            ts.CurrentFrame = newFrame;
                            f = newFrame;
                            code = f.Code; instrs = code.Instructions; consts = code.Consts; names = code.Names;
                            s = f.Slots; b = f.Base; sp = f.StackPointer; ip = 0;
                            break;
                        }
                        f.StackPointer = sp;
                        res = Calls.Call(ts, callee, new ReadOnlySpan<StackRef>(s, argsStart, nargs), kwnames);
                        for (int i = argsStart; i < argsStart + nargs; i++) { s[i].Close(); s[i] = default; }
                        kwnamesRef.Close();
                        callable.Close();
                        s[callableIndex + 1] = default;
                        sp = callableIndex;
                        if (res == null) { s[callableIndex] = default; goto error; }
                        s[sp++] = StackRef.FromSteal(res);
                        break;
                    }
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
                case Op.RETURN_VALUE:
                    {
                        var retval = s[--sp].MakeOwned();
                        s[sp] = default;
                        f.StackPointer = sp;
                        var returning = f;
                        if (returning.Owner is PyGen gen) gen.MarkFinished(ts);
                        FrameSetup.ClearFrame(ts, returning);
                        if (returning == entry) return retval.AsBorrowed;
                        ts.PyRecursionDepth--;
                        f = returning.Previous!;
                        FrameSetup.ReleaseFrame(ts, returning);
                        ts.CurrentFrame = f;
                        code = f.Code; instrs = code.Instructions; consts = code.Consts; names = code.Names;
                        s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
                        s[sp++] = retval;
                        break;
                    }
                case Op.RETURN_GENERATOR:
                    {
                        f.InstrPtr = ip;
                        f.StackPointer = sp;
                        var gen = PyGen.FromFrame(ts, f);
                        var returning = f;
                        FrameSetup.ClearFrame(ts, returning);
                        if (returning == entry) return gen;
                        ts.PyRecursionDepth--;
                        f = returning.Previous!;
                        ts.CurrentFrame = f;
                        code = f.Code; instrs = code.Instructions; consts = code.Consts; names = code.Names;
                        s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
                        s[sp++] = StackRef.FromSteal(gen);
                        break;
                    }
                case Op.YIELD_VALUE:
                    {
                        // Generator frames are always entered from C# (send/next), so the
                        // yielding frame is the entry frame.
                        var v = s[--sp].MakeOwned();
                        s[sp] = default;
                        f.StackPointer = sp;
                        f.InstrPtr = ip;
                        return v.AsBorrowed;
                    }
                case Op.SEND:
                    {
                        var receiver = s[sp - 2].AsBorrowed;
                        var v = s[sp - 1];
                        f.StackPointer = sp;
                        int status = GenOps.Send(receiver, v.AsBorrowed, out res);
                        ip += 1;
                        if (status < 0) goto error;
                        v.Close();
                        s[sp - 1] = StackRef.FromSteal(res!);
                        if (status == GenOps.Returned) ip += oparg; // to END_SEND
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
                            s[sp - 1] = StackRef.FromBorrow(PyNone.None);
                            s[sp++] = StackRef.FromSteal(value);
                            break;
                        }
                        Errors.SetRaisedException(excValue.AsSteal() as PyBaseException);
                        subIter.Close(); lastSent.Close();
                        s[--sp] = default;
                        goto exception_unwind;
                    }

                // ---- exceptions ----
                case Op.RAISE_VARARGS:
                    {
                        PyObject? cause = oparg == 2 ? s[--sp].AsSteal() : null;
                        PyObject? exc = oparg >= 1 ? s[--sp].AsSteal() : null;
                        s[sp] = default; s[sp + 1] = default;
                        if (Raise.DoRaise(ts, exc, cause)) goto exception_unwind;
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
                        goto exception_unwind;
                    }
                case Op.PUSH_EXC_INFO:
                    {
                        var exc = s[sp - 1];
                        var prev = ts.ExcInfo.ExcValue;
                        s[sp - 1] = prev == null ? StackRef.FromBorrow(PyNone.None) : StackRef.FromSteal(prev);
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
                        ts.ExcInfo.ExcValue = restored == PyNone.None ? null : restored;
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
                        s[sp++] = StackRef.FromBorrow(match ? pyTrue : pyFalse);
                        break;
                    }
                case Op.CHECK_EG_MATCH:
                    Errors.SetString(PyExc.SystemError, "except* is not supported yet");
                    goto error;
                case Op.WITH_EXCEPT_START:
                    {
                        // Stack: exit_func, exit_self, lasti, prev_exc, val
                        var val = s[sp - 1].AsBorrowed;
                        var exitFunc = s[sp - 5].AsBorrowed;
                        var exitSelf = s[sp - 4];
                        var tb = ((PyBaseException)val).Traceback ?? PyNone.None;
                        PyObject?[] callArgs = exitSelf.IsNull
                            ? new PyObject?[] { val.ob_type, val, tb }
                            : new PyObject?[] { exitSelf.AsBorrowed, val.ob_type, val, tb };
                        res = Calls.CallArgs(exitFunc, callArgs!);
                        if (res == null) goto error;
                        s[sp++] = StackRef.FromSteal(res);
                        break;
                    }
                case Op.SETUP_ANNOTATIONS:
                    if (Annotations.Setup(f) < 0) goto error;
                    break;

                default:
                    Errors.SetString(PyExc.SystemError, $"unknown opcode {Op.Name(opcode)} ({opcode})");
                    goto error;
            }
            continue;

        error:
            // A new exception: record where it happened in the traceback.
            Tracebacks.Here(ts, f, thisInstr);
        exception_unwind:
            {
                int handlerIndex = FindHandler(code, thisInstr);
                if (handlerIndex >= 0)
                {
                    var h = code.ExceptionTable[handlerIndex];
                    int level = b + code.NLocalsPlus + h.Depth;
                    while (sp > level) { s[--sp].Close(); s[sp] = default; }
                    if (h.Lasti) s[sp++] = StackRef.FromSteal(PyLong.FromLong(f.LastInstr));
                    var exc = Errors.GetRaisedException()!;
                    s[sp++] = StackRef.FromSteal(exc);
                    ip = h.Target;
                    continue;
                }
                // No handler here: leave the frame and unwind in the caller.
                f.StackPointer = sp;
                var leaving = f;
                if (leaving.Owner is PyGen gen) gen.MarkFinished(ts);
                FrameSetup.ClearFrame(ts, leaving);
                if (leaving == entry) return null;
                ts.PyRecursionDepth--;
                f = leaving.Previous!;
                ts.CurrentFrame = f;
                code = f.Code; instrs = code.Instructions; consts = code.Consts; names = code.Names;
                s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
                thisInstr = f.LastInstr;
                goto error;
            }
        }
    }

    static int FindHandler(PyCode code, int instr)
    {
        var table = code.ExceptionTable;
        for (int i = 0; i < table.Length; i++)
            if (instr >= table[i].Start && instr < table[i].End) return i;
        return -1;
    }
}
