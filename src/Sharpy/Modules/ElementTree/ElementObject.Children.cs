using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

// Element's children: the sequence protocol (element_getitem, element_subscr,
// element_ass_subscr), append/extend/insert/remove, and the find family with its fast path
// for a plain tag (checkpath) and ElementPath for the rest.
public sealed partial class ElementObject
{
    /// <summary>raise_type_error.</summary>
    internal static void RaiseTypeError(PyObject element) =>
        Errors.SetString(PyExc.TypeError, $"expected an Element, not \"{element.ob_type.tp_name}\"");

    /// <summary>element_resize: room for <paramref name="extra"/> more children (Python 2.4's list growth).</summary>
    void Reserve(int extra)
    {
        int size = _length + extra;
        int cap = _children?.Length ?? 0;
        if (size <= cap) return;
        size = (size >> 3) + (size < 9 ? 3 : 6) + size;
        var a = new PyObject[Math.Max(size, 4)];
        if (_children != null) Array.Copy(_children, a, _length);
        _children = a;
        _version++;
    }

    /// <summary>element_add_subelement: append <paramref name="element"/>, which must be an Element; -1 with TypeError otherwise.</summary>
    internal int AddSubelement(PyObject element)
    {
        if (element is not ElementObject)
        {
            RaiseTypeError(element);
            return -1;
        }
        Reserve(1);
        _children![_length++] = Py.NewRef(element);
        _version++;
        return 0;
    }

    [PySlot("sq_length")]
    static long Length(PyObject o) => ((ElementObject)o)._length;

    [PySlot("mp_length")]
    static long MappingLength(PyObject o) => ((ElementObject)o)._length;

    [PySlot("sq_item")]
    static PyObject? GetItem(PyObject o, long index)
    {
        var self = (ElementObject)o;
        if (index < 0 || index >= self._length) return Errors.SetString(PyExc.IndexError, "child index out of range");
        return Py.NewRef(self._children![index]);
    }

    [PySlot("sq_ass_item")]
    static int SetItem(PyObject o, long index, PyObject? item)
    {
        var self = (ElementObject)o;
        if (index < 0 || index >= self._length)
        {
            Errors.SetString(PyExc.IndexError, "child assignment index out of range");
            return -1;
        }
        var old = self._children![index];
        if (item != null)
        {
            if (item is not ElementObject)
            {
                RaiseTypeError(item);
                return -1;
            }
            self._children[index] = Py.NewRef(item);
        }
        else
        {
            self._length--;
            Array.Copy(self._children, index + 1, self._children, index, self._length - index);
            self._children[self._length] = null!;
        }
        self._version++;
        Py.DECREF(old);
        return 0;
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject item)
    {
        var self = (ElementObject)o;
        if (SeqSupport.IsIndex(item))
        {
            long i = Abstract.AsSsize(item, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += self._length;
            return GetItem(self, i);
        }
        if (item is PySlice slice)
        {
            if (!slice.Unpack(out long start, out long stop, out long step)) return null;
            long len = PySlice.AdjustIndices(self._length, ref start, ref stop, step);
            var list = PyList.New((int)Math.Max(len, 0));
            for (long cur = start, i = 0; i < len; cur += step, i++) list.Append(self._children![cur]);
            return list;
        }
        return Errors.SetString(PyExc.TypeError, "element indices must be integers");
    }

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject item, PyObject? value)
    {
        var self = (ElementObject)o;
        if (SeqSupport.IsIndex(item))
        {
            long i = Abstract.AsSsize(item, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return -1;
            if (i < 0) i += self._length;
            return SetItem(self, i, value);
        }
        if (item is not PySlice slice)
        {
            Errors.SetString(PyExc.TypeError, "element indices must be integers");
            return -1;
        }
        if (value == null)
        {
            if (!slice.Unpack(out long dstart, out long dstop, out long dstep)) return -1;
            long dlen = PySlice.AdjustIndices(self._length, ref dstart, ref dstop, dstep);
            return self.DeleteSlice(dstart, dstep, dlen);
        }
        // The value is read first: iterating it may change the children.
        var seq = SeqSupport.Fast(value, "assignment expects an iterable");
        if (seq == null) return -1;
        if (!slice.Unpack(out long start, out long stop, out long step))
        {
            Py.DECREF(seq);
            return -1;
        }
        long slicelen = PySlice.AdjustIndices(self._length, ref start, ref stop, step);
        var items = SeqSupport.FastItems(seq);
        int newlen = items.Length;
        if (step != 1 && newlen != slicelen)
        {
            Py.DECREF(seq);
            Errors.SetString(PyExc.ValueError, $"attempt to assign sequence of size {newlen} to extended slice of size {slicelen}");
            return -1;
        }
        foreach (var e in items)
        {
            if (e is not ElementObject)
            {
                RaiseTypeError(e);
                Py.DECREF(seq);
                return -1;
            }
        }
        if (slicelen < 0) slicelen = 0;
        // The replaced children are released only once the array is consistent again.
        var recycle = new PyObject[slicelen];
        for (long cur = start, i = 0; i < slicelen; cur += step, i++) recycle[i] = self._children![cur];
        if (newlen > slicelen) self.Reserve((int)(newlen - slicelen));
        var ch = self._children ?? (self._children = new PyObject[4]);
        if (step == 1)
        {
            long tailStart = start + slicelen;
            Array.Copy(ch, tailStart, ch, start + newlen, self._length - tailStart);
            for (int i = 0; i < newlen; i++) ch[start + i] = Py.NewRef(items[i]);
            int newLength = (int)(self._length + newlen - slicelen);
            for (int i = newLength; i < self._length; i++) ch[i] = null!;
            self._length = newLength;
        }
        else
        {
            for (long cur = start, i = 0; i < newlen; cur += step, i++) ch[cur] = Py.NewRef(items[(int)i]);
        }
        self._version++;
        Py.DECREF(seq);
        foreach (var r in recycle) Py.DECREF(r);
        return 0;
    }

    int DeleteSlice(long start, long step, long slicelen)
    {
        if (slicelen <= 0) return 0;
        if (step < 0)
        {
            start = start + step * (slicelen - 1);
            step = -step;
        }
        var recycle = new PyObject[slicelen];
        var ch = _children!;
        int w = (int)start, k = 0;
        for (long r = start; r < _length; r++)
        {
            if (k < slicelen && r == start + k * step) recycle[k++] = ch[r];
            else ch[w++] = ch[r];
        }
        for (int i = w; i < _length; i++) ch[i] = null!;
        _length = w;
        _version++;
        foreach (var r in recycle) Py.DECREF(r);
        return 0;
    }

    [PyMethod("append")]
    static PyObject? Append(ElementObject self, PyObject subelement)
    {
        // Clinic's defining_class makes this a METH_METHOD, whose message numbers the argument.
        if (subelement is not ElementObject)
            return Errors.SetString(PyExc.TypeError, $"append() argument 1 must be {Type.tp_name}, not {subelement.ob_type.tp_name}");
        return self.AddSubelement(subelement) < 0 ? null : Py.None;
    }

    [PyMethod("extend")]
    static PyObject? Extend(ElementObject self, PyObject elements)
    {
        var seq = SeqSupport.Fast(elements, "'elements' must be an iterable");
        if (seq == null) return null;
        foreach (var e in SeqSupport.FastItems(seq))
        {
            if (self.AddSubelement(e) < 0)
            {
                Py.DECREF(seq);
                return null;
            }
        }
        Py.DECREF(seq);
        return Py.None;
    }

    [PyMethod("insert")]
    static PyObject? Insert(ElementObject self, long index, ElementObject subelement)
    {
        if (index < 0)
        {
            index += self._length;
            if (index < 0) index = 0;
        }
        if (index > self._length) index = self._length;
        self.Reserve(1);
        Array.Copy(self._children!, index, self._children!, index + 1, self._length - index);
        self._children![index] = Py.NewRef(subelement);
        self._length++;
        self._version++;
        return Py.None;
    }

    [PyMethod("remove")]
    static PyObject? Remove(ElementObject self, ElementObject subelement)
    {
        // __eq__ may change the children: the bounds are read again at every step, and a match
        // that is no longer there is not an error.
        int i;
        int rc = 0;
        for (i = 0; i < self._length; i++)
        {
            if (self._children![i] == subelement)
            {
                rc = 1;
                break;
            }
            var child = Py.NewRef(self._children[i]);
            rc = Abstract.RichCompareBool(child, subelement, CompareOp.Eq);
            Py.DECREF(child);
            if (rc < 0) return null;
            if (rc > 0) break;
        }
        if (rc == 0) return Errors.SetString(PyExc.ValueError, "Element.remove(x): element not found");
        if (i >= self._length) return Py.None;
        var found = self._children![i];
        self._length--;
        Array.Copy(self._children, i + 1, self._children, i, self._length - i);
        self._children[self._length] = null!;
        self._version++;
        Py.DECREF(found);
        return Py.None;
    }

    // ---- find ------------------------------------------------------------------------------

    /// <summary>checkpath: whether <paramref name="tag"/> may be a path expression rather than a plain tag.</summary>
    static bool CheckPath(PyObject tag)
    {
        ReadOnlySpan<char> s;
        string? str = null;
        if (tag is PyUnicode u) str = u.ToString();
        else if (tag is PyBytes b) str = System.Text.Encoding.Latin1.GetString(b.Value);
        else return true;
        s = str;
        if (s.Length >= 3 && s[0] == '{' && (s[1] == '}' || (s[1] == '*' && s[2] == '}'))) return true;
        bool check = true;
        foreach (char ch in s)
        {
            if (ch == '{') check = false;
            else if (ch == '}') check = true;
            else if (check && (ch == '/' || ch == '*' || ch == '[' || ch == '@' || ch == '.')) return true;
        }
        return false;
    }

    static PyObject? CallElementPath(string method, params PyObject[] args) =>
        Calls.CallMethod(ElementTreeState.Get().ElementPath, method, args);

    [PyMethod("find")]
    static PyObject? Find(ElementObject self, [Keyword] PyObject path, [Keyword] PyObject? namespaces = null)
    {
        namespaces ??= Py.None;
        if (CheckPath(path) || namespaces != Py.None) return CallElementPath("find", self, path, namespaces);
        for (int i = 0; i < self._length; i++)
        {
            var item = (ElementObject)Py.NewRef(self._children![i]);
            int rc = Abstract.RichCompareBool((item._tag ?? Py.None), path, CompareOp.Eq);
            if (rc > 0) return item;
            Py.DECREF(item);
            if (rc < 0) return null;
        }
        return Py.None;
    }

    [PyMethod("findtext")]
    static PyObject? FindText(ElementObject self, [Keyword] PyObject path, [Keyword("default")] PyObject? defaultValue = null, [Keyword] PyObject? namespaces = null)
    {
        namespaces ??= Py.None;
        defaultValue ??= Py.None;
        if (CheckPath(path) || namespaces != Py.None) return CallElementPath("findtext", self, path, defaultValue, namespaces);
        for (int i = 0; i < self._length; i++)
        {
            var item = (ElementObject)Py.NewRef(self._children![i]);
            int rc = Abstract.RichCompareBool((item._tag ?? Py.None), path, CompareOp.Eq);
            if (rc > 0)
            {
                var text = item.GetText();
                PyObject? r = text == null ? null : text == Py.None ? PyUnicode.Empty : Py.NewRef(text);
                Py.DECREF(item);
                return r;
            }
            Py.DECREF(item);
            if (rc < 0) return null;
        }
        return Py.NewRef(defaultValue);
    }

    [PyMethod("findall")]
    static PyObject? FindAll(ElementObject self, [Keyword] PyObject path, [Keyword] PyObject? namespaces = null)
    {
        namespaces ??= Py.None;
        if (CheckPath(path) || namespaces != Py.None) return CallElementPath("findall", self, path, namespaces);
        var outList = PyList.New();
        for (int i = 0; i < self._length; i++)
        {
            var item = (ElementObject)Py.NewRef(self._children![i]);
            int rc = Abstract.RichCompareBool((item._tag ?? Py.None), path, CompareOp.Eq);
            if (rc > 0) outList.Append(item);
            Py.DECREF(item);
            if (rc < 0)
            {
                Py.DECREF(outList);
                return null;
            }
        }
        return outList;
    }

    [PyMethod("iterfind")]
    static PyObject? IterFind(ElementObject self, [Keyword] PyObject path, [Keyword] PyObject? namespaces = null) =>
        CallElementPath("iterfind", self, path, namespaces ?? Py.None);

    [PyMethod("iter")]
    static PyObject? Iter(ElementObject self, [Keyword] PyObject? tag = null)
    {
        tag ??= Py.None;
        if ((tag is PyUnicode u && u.ToString() == "*") || (tag is PyBytes b && b.Value.Length == 1 && b.Value[0] == (byte)'*'))
            tag = Py.None;
        return new ElementIter(self, tag, false);
    }

    [PyMethod("itertext")]
    static PyObject? IterText(ElementObject self) => new ElementIter(self, Py.None, true);
}
