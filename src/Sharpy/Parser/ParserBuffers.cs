using System;

namespace Sharpy.Parser;

/// <summary>The token array and the memo of one parse, kept per thread between parses so that
/// parsing many files (imports) does not reallocate them each time.</summary>
internal sealed class ParserBuffers
{
    /// <summary>One memoized rule result at a token (pegen's Memo), linked by index.</summary>
    public struct MemoSlot
    {
        public int Rule, End, Next;
        public object? Node;
    }

    public Token[] Tokens;
    /// <summary>Per token: the index of its newest MemoSlot, 0 when none.</summary>
    public int[] MemoHeads;
    /// <summary>Slot 0 is unused so that 0 can mean "none".</summary>
    public MemoSlot[] Memo;

    /// <summary>Buffers larger than this are not kept after a parse.</summary>
    const int KeepLimit = 1 << 20;

    [ThreadStatic] static ParserBuffers? t_cached;

    ParserBuffers(int tokens)
    {
        Tokens = new Token[tokens];
        MemoHeads = new int[tokens];
        Memo = new MemoSlot[tokens * 4];
    }

    /// <summary>Buffers for a source of `length` bytes (about one token per 6 bytes).</summary>
    public static ParserBuffers Rent(int length)
    {
        int want = Math.Max(256, length / 6 + 64);
        var b = t_cached;
        t_cached = null;
        if (b == null || b.Tokens.Length < want) return new ParserBuffers(b == null ? want : Math.Max(want, b.Tokens.Length * 2));
        return b;
    }

    /// <summary>Drops the references of a finished parse (tokens 0..fill, slots 0..memoCount)
    /// and keeps the buffers for the thread's next parse.</summary>
    public void Return(int fill, int memoCount)
    {
        if (Tokens.Length > KeepLimit || Memo.Length > 4 * KeepLimit) return;
        Array.Clear(Tokens, 0, fill);
        Array.Clear(MemoHeads, 0, fill);
        Array.Clear(Memo, 0, memoCount);
        t_cached = this;
    }
}
