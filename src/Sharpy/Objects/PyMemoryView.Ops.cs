using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// memoryview's item access, comparison, hashing, attributes and methods (Objects/memoryobject.c).
public sealed partial class PyMemoryView
{
    /// <summary>adjust_fmt: the single native format character, or NotImplementedError "memoryview: unsupported format".</summary>
    bool AdjustFmt(out char code)
    {
        if (MemoryFormat.NativeSize(View.format, out code) >= 0) return true;
        // A single character CPython's struct-style unpacking does not know ('w' of an array) is
        // refused later, by unpack_single/pack_single, with their message.
        var fmt = View.format is { Length: > 1 } f && f[0] == '@' ? f[1..] : View.format;
        Errors.SetString(PyExc.NotImplementedError, fmt is { Length: 1 }
            ? $"memoryview: format {fmt} not supported"
            : $"memoryview: unsupported format {View.format}");
        return false;
    }

    /// <summary>lookup_dimension: the offset of item <paramref name="index"/> along <paramref name="dim"/> from <paramref name="ptr"/>, or -1 with IndexError.</summary>
    long LookupDimension(long ptr, int dim, long index)
    {
        long n = View.shape![dim];
        if (index < 0) index += n;
        if (index < 0 || index >= n)
        {
            Errors.SetString(PyExc.IndexError, $"index out of bounds on dimension {dim + 1}");
            return -1;
        }
        return ptr + View.strides![dim] * index;
    }

    PyObject Unpack(long offset, char code) => MemoryFormat.Unpack(Mem.Slice((int)offset, View.itemsize), code);

    /// <summary>memory_item: the item at index of a one-dimensional view.</summary>
    PyObject? Item(long index)
    {
        if (!AdjustFmt(out char code)) return null;
        if (View.ndim == 0) return Errors.SetString(PyExc.TypeError, "invalid indexing of 0-dim memory");
        if (View.ndim == 1)
        {
            long p = LookupDimension(View.Start, 0, index);
            return p < 0 ? null : Unpack(p, code);
        }
        return Errors.SetString(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    }

    static bool IsMultiIndex(PyObject key)
    {
        if (key is not PyTuple t) return false;
        foreach (var x in t.Items) if (!StrSlice.IsIndex(x)) return false;
        return true;
    }

    static bool IsMultiSlice(PyObject key)
    {
        if (key is not PyTuple t) return false;
        foreach (var x in t.Items) if (x is not PySlice) return false;
        return true;
    }

    /// <summary>ptr_from_tuple: the offset of the item a full tuple of indices names, or -1 with an error.</summary>
    long OffsetFromTuple(PyTuple key)
    {
        int n = key.Count;
        if (n > View.ndim)
        {
            Errors.SetString(PyExc.TypeError, $"cannot index {View.ndim}-dimension view with {n}-element tuple");
            return -1;
        }
        long p = View.Start;
        for (int dim = 0; dim < n; dim++)
        {
            long index = Abstract.AsSsize(key.Items[dim], PyExc.IndexError);
            if (index == -1 && Errors.Occurred()) return -1;
            p = LookupDimension(p, dim, index);
            if (p < 0) return -1;
        }
        return p;
    }

    /// <summary>init_slice: restrict dimension <paramref name="dim"/> of <paramref name="v"/> to a slice.</summary>
    static bool InitSlice(PyBuffer v, PyObject key, int dim)
    {
        if (!StrSlice.Unpack(key, out long start, out long stop, out long step)) return false;
        long n = StrSlice.AdjustIndices(v.shape![dim], ref start, ref stop, step);
        v.Start = (int)(v.Start + v.strides![dim] * start);
        v.shape[dim] = n;
        v.strides[dim] *= step;
        return true;
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key)
    {
        var self = (PyMemoryView)o;
        if (!self.CheckReleased()) return null;
        var v = self.View;
        if (v.ndim == 0)
        {
            if (key is PyTuple { Count: 0 })
            {
                if (!self.AdjustFmt(out char code)) return null;
                return self.Unpack(v.Start, code);
            }
            if (key == Py.Ellipsis) return Py.NewRef(self);
            return Errors.SetString(PyExc.TypeError, "invalid indexing of 0-dim memory");
        }
        if (StrSlice.IsIndex(key))
        {
            if (v.ndim > 1) return Errors.SetString(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            long index = Abstract.AsSsize(key, PyExc.IndexError);
            if (index == -1 && Errors.Occurred()) return null;
            return self.Item(index);
        }
        if (key is PySlice)
        {
            var sliced = AddView(self._mbuf!, v);
            if (sliced == null) return null;
            sliced._flags |= self._flags & FlagRestricted;
            if (!InitSlice(sliced.View, key, 0))
            {
                Py.DECREF(sliced);
                return null;
            }
            sliced.InitLen();
            sliced.InitFlags();
            return sliced;
        }
        if (IsMultiIndex(key))
        {
            var t = (PyTuple)key;
            if (t.Count < v.ndim) return Errors.SetString(PyExc.NotImplementedError, "sub-views are not implemented");
            if (!self.AdjustFmt(out char code)) return null;
            long p = self.OffsetFromTuple(t);
            return p < 0 ? null : self.Unpack(p, code);
        }
        if (IsMultiSlice(key)) return Errors.SetString(PyExc.NotImplementedError, "multi-dimensional slicing is not implemented");
        return Errors.SetString(PyExc.TypeError, "memoryview: invalid slice key");
    }

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var self = (PyMemoryView)o;
        if (!self.CheckReleased()) return -1;
        var v = self.View;
        if (!self.AdjustFmt(out char code)) return -1;
        if (v.@readonly) return Fail(PyExc.TypeError, "cannot modify read-only memory");
        if (value == null) return Fail(PyExc.TypeError, "cannot delete memory");
        if (v.ndim == 0)
        {
            if (key == Py.Ellipsis || key is PyTuple { Count: 0 }) return MemoryFormat.Pack(self.Mem.Slice(v.Start, v.itemsize), code, value);
            return Fail(PyExc.TypeError, "invalid indexing of 0-dim memory");
        }
        if (StrSlice.IsIndex(key))
        {
            if (v.ndim > 1) return Fail(PyExc.NotImplementedError, "sub-views are not implemented");
            long index = Abstract.AsSsize(key, PyExc.IndexError);
            if (index == -1 && Errors.Occurred()) return -1;
            long p = self.LookupDimension(v.Start, 0, index);
            if (p < 0) return -1;
            return self.PackChecked(p, code, value);
        }
        if (key is PySlice && v.ndim == 1)
        {
            var src = PyBuffer.Get(value, PyBUF.FULL_RO);
            if (src == null) return -1;
            try
            {
                if (self.IsReleased) return Fail(PyExc.ValueError, "operation forbidden on released memoryview object");
                var dest = new PyBuffer
                {
                    Memory = v.Memory, Start = v.Start, itemsize = v.itemsize, format = v.format, ndim = 1,
                    shape = [v.shape![0]], strides = [v.strides![0]],
                };
                if (!InitSlice(dest, key, 0)) return -1;
                dest.len = dest.shape[0] * dest.itemsize;
                return CopySingle(dest, src);
            }
            finally
            {
                src.Release();
            }
        }
        if (IsMultiIndex(key))
        {
            var t = (PyTuple)key;
            if (t.Count < v.ndim) return Fail(PyExc.NotImplementedError, "sub-views are not implemented");
            long p = self.OffsetFromTuple(t);
            if (p < 0) return -1;
            return self.PackChecked(p, code, value);
        }
        if (key is PySlice || IsMultiSlice(key))
            return Fail(PyExc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        return Fail(PyExc.TypeError, "memoryview: invalid slice key");
    }

    /// <summary>pack_single, re-checking the view after the conversion (which may run Python code that releases it).</summary>
    int PackChecked(long p, char code, PyObject value)
    {
        var tmp = new byte[View.itemsize];
        if (MemoryFormat.Pack(tmp, code, value) < 0) return -1;
        if (!CheckReleased()) return -1;
        tmp.CopyTo(Mem.Slice((int)p));
        return 0;
    }

    static int Fail(PyType type, string message)
    {
        Errors.SetString(type, message);
        return -1;
    }

    /// <summary>copy_single: copy a one-dimensional source into a one-dimensional destination of the same structure.</summary>
    static int CopySingle(PyBuffer dest, PyBuffer src)
    {
        if (!EquivFormat(dest, src) || !EquivShape(dest, src))
            return Fail(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        // Read every source item first: source and destination may overlap.
        var data = src.ToContiguous('C');
        var mem = dest.Memory.Span;
        long n = dest.shape![0];
        for (long i = 0; i < n; i++)
            data.AsSpan((int)(i * dest.itemsize), dest.itemsize).CopyTo(mem.Slice((int)(dest.Start + i * dest.strides![0])));
        return 0;
    }

    static string FormatOf(PyBuffer b)
    {
        var f = b.format ?? "B";
        return f.Length > 1 && f[0] == '@' ? f[1..] : f;
    }

    static bool EquivFormat(PyBuffer a, PyBuffer b) => FormatOf(a) == FormatOf(b) && a.itemsize == b.itemsize;

    static bool EquivShape(PyBuffer a, PyBuffer b)
    {
        if (a.ndim != b.ndim) return false;
        for (int i = 0; i < a.ndim; i++)
        {
            long x = a.shape?[i] ?? a.len / a.itemsize, y = b.shape?[i] ?? b.len / b.itemsize;
            if (x != y) return false;
            if (x == 0) break;
        }
        return true;
    }

    [PySlot("sq_length")]
    static long Length(PyObject o)
    {
        var self = (PyMemoryView)o;
        if (!self.CheckReleased()) return -1;
        if (self.View.ndim == 0)
        {
            Errors.SetString(PyExc.TypeError, "0-dim memory has no length");
            return -1;
        }
        return self.View.shape![0];
    }

    [PySlot("mp_length")]
    static long MapLength(PyObject o) => Length(o);

    /// <summary>memory_item as sq_item: what reversed() and the sequence protocol index with.</summary>
    [PySlot("sq_item")]
    static PyObject? SqItem(PyObject o, long index)
    {
        var self = (PyMemoryView)o;
        return self.CheckReleased() ? self.Item(index) : null;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (PyMemoryView)o;
        return PyUnicode.FromString(self.IsReleased
            ? $"<released memory at 0x{Interpreter.IdOf(o):x}>"
            : $"<memory at 0x{Interpreter.IdOf(o):x}>");
    }

    // ---- comparison and hashing ----

    /// <summary>The item offsets of a view in C order (row-major), for comparison and tolist.</summary>
    static void ItemOffsets(PyBuffer b, System.Collections.Generic.List<long> into)
    {
        if (b.ndim == 0) { into.Add(b.Start); return; }
        var shape = b.shape ?? [b.len / b.itemsize];
        var strides = b.strides ?? [b.itemsize];
        long count = 1;
        foreach (var d in shape) count *= d;
        if (count == 0) return;
        var index = new long[b.ndim];
        for (long n = 0; n < count; n++)
        {
            long off = b.Start;
            for (int d = 0; d < b.ndim; d++) off += index[d] * strides[d];
            into.Add(off);
            for (int d = b.ndim - 1; d >= 0; d--)
            {
                if (++index[d] < shape[d]) break;
                index[d] = 0;
            }
        }
    }

    /// <summary>memory_richcompare: == and != compare shapes, then items as values of their formats.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        var self = (PyMemoryView)v;
        int equal;
        PyBuffer? wbuf = null;
        if (self.IsReleased) equal = v == w ? 1 : 0;
        else if (w is PyMemoryView wm && wm.IsReleased) equal = v == w ? 1 : 0;
        else
        {
            PyBuffer ww;
            if (w is PyMemoryView wm2) ww = wm2.View;
            else
            {
                wbuf = PyBuffer.Get(w, PyBUF.FULL_RO);
                if (wbuf == null)
                {
                    Errors.Clear();
                    return Py.NotImplemented;
                }
                ww = wbuf;
            }
            equal = CompareItems(self.View, ww);
            wbuf?.Release();
        }
        if (equal == -2) return Py.NotImplemented;
        if (equal < 0) return null;
        return Py.NewBool((equal == 1) == (op == CompareOp.Eq));
    }

    /// <summary>1 equal, 0 different, -1 error, -2 a format this implementation cannot unpack.</summary>
    static int CompareItems(PyBuffer a, PyBuffer b)
    {
        if (!EquivShape(a, b)) return 0;
        if (MemoryFormat.NativeSize(a.format, out char ca) < 0 || MemoryFormat.NativeSize(b.format, out char cb) < 0) return -2;
        var oa = new System.Collections.Generic.List<long>();
        var ob = new System.Collections.Generic.List<long>();
        ItemOffsets(a, oa);
        ItemOffsets(b, ob);
        var ma = a.Memory.Span;
        var mb = b.Memory.Span;
        for (int i = 0; i < oa.Count; i++)
        {
            var x = MemoryFormat.Unpack(ma.Slice((int)oa[i], a.itemsize), ca);
            var y = MemoryFormat.Unpack(mb.Slice((int)ob[i], b.itemsize), cb);
            int r = Abstract.RichCompareBool(x, y, CompareOp.Eq);
            Py.DECREF(x);
            Py.DECREF(y);
            if (r <= 0) return r;
        }
        return 1;
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var self = (PyMemoryView)o;
        if (self._hash != -1) return self._hash;
        if (!self.CheckReleased()) return -1;
        var v = self.View;
        if (!v.@readonly)
        {
            Errors.SetString(PyExc.ValueError, "cannot hash writable memoryview object");
            return -1;
        }
        if (!MemoryFormat.IsByteFormat(v.format))
        {
            Errors.SetString(PyExc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return -1;
        }
        if (v.obj != null && Abstract.Hash(v.obj) == -1 && Errors.Occurred()) return -1;
        return self._hash = PyBytes.HashSpan(v.ToContiguous('C'));
    }

    // ---- iteration ----

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o)
    {
        var self = (PyMemoryView)o;
        if (!self.CheckReleased()) return null;
        if (self.View.ndim == 0) return Errors.SetString(PyExc.TypeError, "invalid indexing of 0-dim memory");
        if (self.View.ndim != 1) return Errors.SetString(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        if (!self.AdjustFmt(out _)) return null;
        return new PyMemoryIterator(self);
    }

    internal PyObject? IterItem(long index, out bool done)
    {
        done = false;
        if (!CheckReleased()) return null;
        if (index >= View.shape![0]) { done = true; return null; }
        return Item(index);
    }

    // ---- attributes ----

    static PyObject IntTuple(long[]? values, int n)
    {
        if (values == null) return PyTuple.FromStolen([]);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = PyLong.FromLong(values[i]);
        return PyTuple.FromStolen(items);
    }

    [PyGetter("obj")]
    public static PyObject? Obj(PyMemoryView self) => !self.CheckReleased() ? null : Py.NewRef(self.View.obj ?? Py.None);
    [PyGetter("nbytes")]
    public static PyObject? NBytes(PyMemoryView self) => !self.CheckReleased() ? null : PyLong.FromLong(self.View.len);
    [PyGetter("readonly")]
    public static PyObject? ReadOnly(PyMemoryView self) => !self.CheckReleased() ? null : Py.NewBool(self.View.@readonly);
    [PyGetter("itemsize")]
    public static PyObject? ItemSize(PyMemoryView self) => !self.CheckReleased() ? null : PyLong.FromLong(self.View.itemsize);
    [PyGetter("format")]
    public static PyObject? Format(PyMemoryView self) => !self.CheckReleased() ? null : PyUnicode.FromString(self.View.format ?? "B");
    [PyGetter("ndim")]
    public static PyObject? NDim(PyMemoryView self) => !self.CheckReleased() ? null : PyLong.FromLong(self.View.ndim);
    [PyGetter("shape")]
    public static PyObject? Shape(PyMemoryView self) => !self.CheckReleased() ? null : IntTuple(self.View.ndim == 0 ? null : self.View.shape, self.View.ndim);
    [PyGetter("strides")]
    public static PyObject? Strides(PyMemoryView self) => !self.CheckReleased() ? null : IntTuple(self.View.ndim == 0 ? null : self.View.strides, self.View.ndim);
    [PyGetter("suboffsets")]
    public static PyObject? SubOffsets(PyMemoryView self) => !self.CheckReleased() ? null : IntTuple(self.View.suboffsets, self.View.ndim);
    [PyGetter("c_contiguous")]
    public static PyObject? CContiguous(PyMemoryView self) => !self.CheckReleased() ? null : Py.NewBool((self._flags & FlagC) != 0);
    [PyGetter("f_contiguous")]
    public static PyObject? FContiguous(PyMemoryView self) => !self.CheckReleased() ? null : Py.NewBool((self._flags & FlagFortran) != 0);
    [PyGetter("contiguous")]
    public static PyObject? Contiguous(PyMemoryView self) => !self.CheckReleased() ? null : Py.NewBool((self._flags & (FlagC | FlagFortran)) != 0);

    // ---- methods ----

    /// <summary>memoryview.cast(format, shape=...): reinterpret a C-contiguous view (CPython's rules: 1-D to N-D or N-D to 1-D, a byte format on one side).</summary>
    [PyMethod("cast")]
    public static PyObject? Cast(PyMemoryView self, [Keyword] PyUnicode format, [Keyword] PyObject? shape = null)
    {
        if (!self.CheckReleased()) return null;
        var v = self.View;
        if ((self._flags & FlagC) == 0)
            return Errors.SetString(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        if ((shape != null || v.ndim != 1) && ZeroInShape(v))
            return Errors.SetString(PyExc.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        long ndim = 1;
        if (shape != null)
        {
            if (shape is not PyList && shape is not PyTuple)
                return Errors.SetString(PyExc.TypeError, "shape must be a list or a tuple");
            ndim = shape is PyList sl ? sl.Count : ((PyTuple)shape).Count;
            if (ndim > PyBUF.MAX_NDIM)
                return Errors.SetString(PyExc.ValueError, "memoryview: number of dimensions must not exceed 64");
            if (v.ndim != 1 && ndim != 1)
                return Errors.SetString(PyExc.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        // cast_to_1D
        var ascii = UnicodeCodecs.Encode(format, "ascii", "strict");
        if (ascii == null) return null;
        Py.DECREF(ascii);
        int itemsize = MemoryFormat.NativeSize(format.Value, out char dest);
        if (itemsize < 0)
            return Errors.SetString(PyExc.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if ((MemoryFormat.NativeSize(v.format, out char src) < 0 || !MemoryFormat.IsByteFormat(src)) && !MemoryFormat.IsByteFormat(dest))
            return Errors.SetString(PyExc.TypeError, "memoryview: cannot cast between two non-byte formats");
        if (v.len % itemsize != 0)
            return Errors.SetString(PyExc.TypeError, "memoryview: length is not a multiple of itemsize");
        var mv = AddIncompleteView(self._mbuf!, v, ndim == 0 ? 1 : (int)ndim);
        var nv = mv.View;
        nv.format = format.Value;
        nv.itemsize = itemsize;
        nv.ndim = 1;
        nv.shape![0] = v.len / itemsize;
        nv.strides![0] = itemsize;
        nv.suboffsets = null;
        mv.InitFlags();
        if (shape != null && mv.CastToND(shape, (int)ndim) < 0)
        {
            Py.DECREF(mv);
            return null;
        }
        return mv;
    }

    static bool ZeroInShape(PyBuffer v)
    {
        for (int i = 0; i < v.ndim; i++) if (v.shape![i] == 0) return true;
        return false;
    }

    int CastToND(PyObject shapeObj, int ndim)
    {
        var v = View;
        var items = shapeObj is PyList l ? l.AsSpan().ToArray() : (PyObject[])((PyTuple)shapeObj).Items.Clone();
        long len;
        v.ndim = ndim;
        if (ndim == 0)
        {
            v.shape = null;
            v.strides = null;
            len = v.itemsize;
        }
        else
        {
            v.shape = new long[ndim];
            v.strides = new long[ndim];
            len = v.itemsize;
            for (int i = 0; i < ndim; i++)
            {
                if (items[i] is not PyLong x) return Fail(PyExc.TypeError, "memoryview.cast(): elements of shape must be integers");
                if (!x.TryGetLong(out long d))
                    return Fail(PyExc.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
                if (d <= 0) return Fail(PyExc.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
                if (d > long.MaxValue / len) return Fail(PyExc.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
                len *= d;
                v.shape[i] = d;
            }
            InitStridesFromShape(v);
        }
        if (v.len != len) return Fail(PyExc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        InitFlags();
        return 0;
    }

    [PyMethod("tolist")]
    public static PyObject? ToList(PyMemoryView self)
    {
        if (!self.CheckReleased()) return null;
        if (!self.AdjustFmt(out char code)) return null;
        var v = self.View;
        if (v.ndim == 0) return self.Unpack(v.Start, code);
        return self.ToListRec(v.Start, 0, code);
    }

    PyObject ToListRec(long ptr, int dim, char code)
    {
        long n = View.shape![dim];
        var list = PyList.New((int)n);
        for (long i = 0; i < n; i++, ptr += View.strides![dim])
            list.AppendSteal(dim == View.ndim - 1 ? Unpack(ptr, code) : ToListRec(ptr, dim + 1, code));
        return list;
    }

    [PyMethod("tobytes")]
    public static PyObject? ToBytes(PyMemoryView self, [Keyword] PyObject? order = null)
    {
        if (!self.CheckReleased()) return null;
        char ord = 'C';
        if (order != null && order != Py.None)
        {
            if (order is not PyUnicode os)
                return Errors.SetString(PyExc.TypeError, $"tobytes() argument 'order' must be str or None, not {order.ob_type.tp_name}");
            ord = os.Value switch { "F" => 'F', "A" => 'A', "C" => 'C', _ => '\0' };
            if (ord == '\0') return Errors.SetString(PyExc.ValueError, "order must be 'C', 'F' or 'A'");
        }
        return PyBytes.FromBytes(self.View.ToContiguous(ord));
    }

    [PyMethod("hex", Doc = "Return two hexadecimal digits for each byte of the buffer.\n\n  sep\n    A one-character str or bytes put between groups of bytes.\n  bytes_per_sep\n    How many bytes each group holds; counted from the right when positive,\n    from the left when negative.\n\n>>> memoryview(b'Hi!').hex()\n'486921'\n>>> memoryview(b'Hi!').hex(':')\n'48:69:21'")]
    public static PyObject? Hex(PyMemoryView self, [Keyword] PyObject? sep = null, [Keyword] long bytes_per_sep = 1)
    {
        if (!self.CheckReleased()) return null;
        return BytesMethods.Hex(self.View.ToContiguous('C'), sep, bytes_per_sep);
    }

    [PyMethod("toreadonly")]
    public static PyObject? ToReadOnly(PyMemoryView self)
    {
        if (!self.CheckReleased()) return null;
        var mv = AddView(self._mbuf!, self.View);
        if (mv == null) return null;
        mv.View.@readonly = true;
        return mv;
    }

    [PyMethod("count")]
    public static PyObject? Count(PyMemoryView self, PyObject value)
    {
        var it = Iter(self);
        if (it == null) return null;
        long count = 0;
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            int r = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (r < 0) { Py.DECREF(it); return null; }
            count += r;
        }
        Py.DECREF(it);
        if (Errors.Occurred()) return null;
        return PyLong.FromLong(count);
    }

    [PyMethod("index")]
    public static PyObject? Index(PyMemoryView self, PyObject value, PyObject? startObj = null, PyObject? stopObj = null)
    {
        long start = 0, stop = long.MaxValue;
        if (!SliceIndexNotNone(startObj, ref start) || !SliceIndexNotNone(stopObj, ref stop)) return null;
        if (!self.CheckReleased()) return null;
        var v = self.View;
        if (v.ndim == 0) return Errors.SetString(PyExc.TypeError, "invalid lookup on 0-dim memory");
        if (v.ndim != 1) return Errors.SetString(PyExc.NotImplementedError, "multi-dimensional lookup is not implemented");
        long n = v.shape![0];
        if (start < 0) start = Math.Max(start + n, 0);
        if (stop < 0) stop = Math.Max(stop + n, 0);
        stop = Math.Min(stop, n);
        for (long i = start; i < stop; i++)
        {
            var item = self.Item(i);
            if (item == null) return null;
            int r = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (r < 0) return null;
            if (r > 0) return PyLong.FromLong(i);
        }
        return Errors.SetString(PyExc.ValueError, "memoryview.index(x): x not found");
    }

    /// <summary>_PyEval_SliceIndexNotNone: an __index__ value (clamped to the long range), not None.</summary>
    static bool SliceIndexNotNone(PyObject? o, ref long v)
    {
        if (o == null) return true;
        if (!StrSlice.IsIndex(o))
        {
            Errors.SetString(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }
        return StrSlice.SliceIndex(o, ref v);
    }
}

/// <summary>`memory_iterator`: the items of a one-dimensional memoryview.</summary>
[PyType("memory_iterator")]
public sealed partial class PyMemoryIterator : PyObject
{
    PyMemoryView? _seq;
    long _index;

    public PyMemoryIterator(PyMemoryView seq) : base(Type) { _seq = Py.NewRef(seq); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyMemoryIterator)self;
        var s = it._seq;
        if (s == null) return null;
        var r = s.IterItem(it._index, out bool done);
        if (done)
        {
            Py.CLEAR(ref it._seq);
            return null;
        }
        if (r != null) it._index++;
        return r;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
