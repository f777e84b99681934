using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sre;

/// <summary>An active REPEAT (sre.h's SRE_REPEAT): the MAX_UNTIL/MIN_UNTIL state of one repeat.</summary>
internal sealed class SreRepeat
{
    public int Count;
    /// <summary>Index of the REPEAT's operands (its skip word) in the code.</summary>
    public int Pattern;
    /// <summary>Where the last iteration started (zero-width match protection); -1 for none.</summary>
    public int LastPtr;
    public SreRepeat? Prev;
    /// <summary>The state's free list of repeats (sre.c's repeat pool).</summary>
    public SreRepeat? PoolNext;
}

/// <summary>One frame of the engine's explicit backtracking stack (sre_lib.h's match_context).</summary>
internal struct SreCtx
{
    public int Count;
    public int Chr;
    public SreRepeat? Rep;
    public int LastMark, LastIndex;
    public int Pattern;
    public int Ptr;
    public bool TopLevel;
    public int Jump;
}

/// <summary>
/// sre.h's SRE_STATE: the subject, the window [Start, End) being searched, the group marks and
/// the engine's stacks. Positions are indexes into the subject (CPython's pointers minus
/// <c>beginning</c>); a mark of -1 is CPython's NULL.
/// </summary>
internal sealed class SreState
{
    /// <summary>The subject (an owned reference until <see cref="Fini"/>).</summary>
    public PyObject? String;
    PyBuffer? _buffer;
    /// <summary>The pattern this state is lent from (see <see cref="Init"/>); it takes the state back at <see cref="Fini"/>.</summary>
    SrePattern? _owner;
    /// <summary>0: <see cref="Str"/> (UTF-16 chars are code points), 1: <see cref="Cps"/>, 2: <see cref="Bytes"/>.</summary>
    public int Kind;
    public string? Str;
    public int[]? Cps;
    public byte[]? Bytes;
    public int BytesOffset;
    public bool IsBytes;
    public int Length;

    public int Start, End, Ptr;
    public int Pos, EndPos;
    /// <summary>The scanner is exhausted (CPython sets state->start to NULL).</summary>
    public bool Exhausted;
    public bool MatchAll, MustAdvance;

    /// <summary>The pattern's <see cref="SrePattern.FirstChars"/>.</summary>
    public uint[]? FirstChars;

    public int[] Mark = [];
    public int LastMark = -1, LastIndex = -1;
    public SreRepeat? Repeat;
    SreRepeat? _repeatPool;

    public SreCtx[] Ctxs = new SreCtx[16];
    public int CtxTop;
    public int[] Data = new int[64];
    public int DataTop;

    /// <summary>
    /// getstring(): the characters of a str or the bytes of a buffer; null with TypeError
    /// "expected string or bytes-like object, got 'int'" otherwise.
    /// </summary>
    public static bool GetString(PyObject o, out int kind, out string? str, out int[]? cps, out byte[]? bytes,
        out int offset, out int length, out PyBuffer? buffer)
    {
        str = null; cps = null; bytes = null; offset = 0; buffer = null;
        if (o is PyUnicode u)
        {
            length = u.Length;
            if (u.IsSimple) { kind = 0; str = u.Value; }
            else { kind = 1; cps = u.RawCodePoints; }
            return true;
        }
        kind = 2;
        if (o is PyBytes b)
        {
            bytes = b.Value;
            length = bytes.Length;
            return true;
        }
        length = 0;
        var view = PyBuffer.Get(o, PyBUF.SIMPLE);
        if (view == null)
        {
            Errors.Clear();
            Errors.SetString(PyExc.TypeError, $"expected string or bytes-like object, got '{o.ob_type.tp_name}'");
            return false;
        }
        buffer = view;
        length = (int)view.len;
        if (MemoryMarshal.TryGetArray<byte>(view.Memory, out var seg) && seg.Array != null)
        {
            bytes = seg.Array;
            offset = seg.Offset + view.Start;
        }
        else
        {
            bytes = view.Span.ToArray();
        }
        return true;
    }

    /// <summary>state_init: null with an exception set on error.</summary>
    public static SreState? Init(SrePattern pattern, PyObject str, long start, long end)
    {
        if (!GetString(str, out int kind, out var s, out var cps, out var bytes, out int off, out int length, out var buffer))
            return null;
        bool isBytes = kind == 2;
        if (isBytes && pattern.IsBytes == 0)
        {
            buffer?.Release();
            Errors.SetString(PyExc.TypeError, "cannot use a string pattern on a bytes-like object");
            return null;
        }
        if (!isBytes && pattern.IsBytes > 0)
        {
            Errors.SetString(PyExc.TypeError, "cannot use a bytes pattern on a string-like object");
            return null;
        }
        if (start < 0) start = 0; else if (start > length) start = length;
        if (end < 0) end = 0; else if (end > length) end = length;
        // Reuse the pattern's spare state (its stacks and marks) when it is free: a search
        // then allocates nothing but its result.
        var st = pattern.SpareState ?? new SreState();
        pattern.SpareState = null;
        st._owner = pattern;
        st.FirstChars = pattern.FirstChars;
        st.String = Py.NewRef(str);
        st._buffer = buffer;
        st.Kind = kind;
        st.Str = s;
        st.Cps = cps;
        st.Bytes = bytes;
        st.BytesOffset = off;
        st.IsBytes = isBytes;
        st.Length = length;
        int marks = pattern.Groups * 2 + 2;
        if (st.Mark.Length < marks) st.Mark = new int[marks];
        st.Start = (int)start;
        st.End = (int)end;
        st.Pos = (int)start;
        st.EndPos = (int)end;
        st.Exhausted = false;
        st.MatchAll = false;
        st.MustAdvance = false;
        st.Reset();
        st.Ptr = st.Start;
        return st;
    }

    /// <summary>state_fini: release the subject and its buffer; the state goes back to its pattern for reuse.</summary>
    public void Fini()
    {
        _buffer?.Release();
        _buffer = null;
        var s = String;
        String = null;
        Str = null;
        Cps = null;
        Bytes = null;
        Py.XDECREF(s);
        if (_owner != null)
        {
            _owner.SpareState ??= this;
            _owner = null;
        }
    }

    /// <summary>state_reset, between two searches of one state.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
        CtxTop = 0;
        DataTop = 0;
    }

    public SreRepeat AllocRepeat()
    {
        var r = _repeatPool;
        if (r != null) { _repeatPool = r.PoolNext; r.PoolNext = null; return r; }
        return new SreRepeat();
    }

    public void FreeRepeat(SreRepeat r)
    {
        r.Prev = null;
        r.PoolNext = _repeatPool;
        _repeatPool = r;
    }

    /// <summary>A new frame on the context stack; returns its index (the array may have moved).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PushCtx()
    {
        if (CtxTop == Ctxs.Length) Array.Resize(ref Ctxs, Ctxs.Length * 2);
        return CtxTop++;
    }

    public void DataPush(int v)
    {
        if (DataTop == Data.Length) Array.Resize(ref Data, Data.Length * 2);
        Data[DataTop++] = v;
    }

    public int DataPop() => Data[--DataTop];

    /// <summary>MARK_PUSH: save marks [0, lastmark].</summary>
    public void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (DataTop + n > Data.Length) Array.Resize(ref Data, Math.Max(Data.Length * 2, DataTop + n + 64));
        Array.Copy(Mark, 0, Data, DataTop, n);
        DataTop += n;
    }

    /// <summary>MARK_POP: restore marks [0, lastmark] and drop them from the stack.</summary>
    public void MarkPop(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        DataTop -= n;
        Array.Copy(Data, DataTop, Mark, 0, n);
    }

    /// <summary>MARK_POP_KEEP: restore marks [0, lastmark], leaving them on the stack.</summary>
    public void MarkPopKeep(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(Data, DataTop - n, Mark, 0, n);
    }

    /// <summary>MARK_POP_DISCARD: drop saved marks [0, lastmark].</summary>
    public void MarkPopDiscard(int lastmark)
    {
        if (lastmark >= 0) DataTop -= lastmark + 1;
    }

    /// <summary>sre_match: match at Ptr, anchored (toplevel).</summary>
    public long Match(int[] code)
    {
        return Kind switch
        {
            0 => SreEngine<Utf16Text>.Match(this, new Utf16Text(Str!), code, 0, true),
            1 => SreEngine<Ucs4Text>.Match(this, new Ucs4Text(Cps!), code, 0, true),
            _ => SreEngine<ByteText>.Match(this, new ByteText(Bytes!, BytesOffset), code, 0, true),
        };
    }

    /// <summary>sre_search: the first match at or after Start.</summary>
    public long Search(int[] code)
    {
        return Kind switch
        {
            0 => SreEngine<Utf16Text>.Search(this, new Utf16Text(Str!), code),
            1 => SreEngine<Ucs4Text>.Search(this, new Ucs4Text(Cps!), code),
            _ => SreEngine<ByteText>.Search(this, new ByteText(Bytes!, BytesOffset), code),
        };
    }

    /// <summary>getslice: the subject's [i, j) as str or bytes (a new reference).</summary>
    public static PyObject GetSlice(bool isBytes, PyObject str, byte[]? bytes, int offset, int i, int j)
    {
        if (isBytes)
        {
            if (str.ob_type == PyBytes.Type && i == 0 && j == ((PyBytes)str).Length) return Py.NewRef(str);
            return PyBytes.FromSpan(bytes.AsSpan(offset + i, j - i));
        }
        return ((PyUnicode)str).Substring(i, j - i);
    }

    public PyObject GetSlice(int i, int j) => GetSlice(IsBytes, String!, Bytes, BytesOffset, i, j);

    /// <summary>state_getslice: group <paramref name="index"/> (1-based) of the current match; "" or None when unset.</summary>
    public PyObject GetGroupSlice(int index, bool empty)
    {
        index = (index - 1) * 2;
        if (index >= LastMark || Mark[index] < 0 || Mark[index + 1] < 0)
        {
            if (!empty) return Py.None;
            return GetSlice(0, 0);
        }
        return GetSlice(Mark[index], Mark[index + 1]);
    }

    /// <summary>pattern_error: the exception for a negative engine status.</summary>
    public static void SetError(long status)
    {
        switch (status)
        {
            case SreConstants.ERROR_RECURSION_LIMIT:
                Errors.SetString(PyExc.RecursionError, "maximum recursion limit exceeded");
                break;
            case SreConstants.ERROR_MEMORY:
                Errors.NoMemory();
                break;
            case SreConstants.ERROR_INTERRUPTED:
                // the exception is already set
                break;
            default:
                Errors.SetString(PyExc.RuntimeError, "internal error in regular expression engine");
                break;
        }
    }
}
