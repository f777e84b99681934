using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Lzma.LzmaNative;

namespace Sharpy.Modules.Lzma;

/// <summary>
/// A filter chain in native memory (lzma_filter[LZMA_FILTERS_MAX + 1], ended by
/// LZMA_VLI_UNKNOWN), built from Python filter specifiers: dicts with an "id" entry and the
/// filter's options (parse_filter_chain_spec, lzma_filter_converter); and the reverse,
/// a filter's options as a dict (build_filter_spec).
/// </summary>
internal sealed unsafe class FilterChain : IDisposable
{
    public readonly LzmaFilter* Filters;

    FilterChain(LzmaFilter* filters) => Filters = filters;

    static FilterChain? New(int count)
    {
        var filters = (LzmaFilter*)NativeMemory.AllocZeroed((nuint)count, (nuint)sizeof(LzmaFilter));
        if (filters == null) { Errors.NoMemory(); return null; }
        for (int i = 0; i < count; i++) filters[i].id = LZMA_VLI_UNKNOWN;
        return new FilterChain(filters);
    }

    public void Dispose()
    {
        for (int i = 0; i <= LZMA_FILTERS_MAX; i++) NativeMemory.Free(Filters[i].options);
        NativeMemory.Free(Filters);
    }

    /// <summary>parse_filter_chain_spec: a sequence of at most four specifiers; null with an exception set.</summary>
    public static FilterChain? Parse(PyObject specs)
    {
        // PySequence_Size: a mapping (a dict) is not a sequence.
        var t = specs.ob_type;
        if (specs is PyDict || t.sq_length == null)
        {
            Errors.SetString(PyExc.TypeError, t.mp_length != null ? $"{t.tp_name} is not a sequence" : $"object of type '{t.tp_name}' has no len()");
            return null;
        }
        long n = t.sq_length(specs);
        if (n == -1) return null;
        if (n > LZMA_FILTERS_MAX)
        {
            Errors.SetString(PyExc.ValueError, $"Too many filters - liblzma supports a maximum of {LZMA_FILTERS_MAX}");
            return null;
        }
        var chain = New(LZMA_FILTERS_MAX + 1);
        if (chain == null) return null;
        for (int i = 0; i < n; i++)
        {
            var spec = Abstract.SequenceGetItem(specs, i);
            bool ok = spec != null && ParseFilter(spec, &chain.Filters[i]);
            Py.XDECREF(spec);
            if (!ok)
            {
                chain.Dispose();
                return null;
            }
        }
        return chain;
    }

    /// <summary>One filter: lzma_filter_converter, for _encode_filter_properties; null with an exception set.</summary>
    public static FilterChain? ParseOne(PyObject spec)
    {
        var chain = New(LZMA_FILTERS_MAX + 1);
        if (chain == null) return null;
        if (ParseFilter(spec, chain.Filters)) return chain;
        chain.Dispose();
        return null;
    }

    /// <summary>lzma_filter_converter: fill <paramref name="f"/> from a specifier dict.</summary>
    static bool ParseFilter(PyObject spec, LzmaFilter* f)
    {
        // PyMapping_Check: the type can be subscripted.
        if (spec.ob_type.mp_subscript == null)
        {
            Errors.SetString(PyExc.TypeError, "Filter specifier must be a dict or dict-like object");
            return false;
        }
        if (!GetOptionalItem(spec, "id", out var idObj)) return false;
        if (idObj == null)
        {
            Errors.SetString(PyExc.ValueError, "Filter specifier must have an \"id\" entry");
            return false;
        }
        bool ok = LzmaModule.ToUnsigned(idObj, ulong.MaxValue, "lzma_vli", out ulong id);
        Py.DECREF(idObj);
        if (!ok) return false;
        switch (id)
        {
            case FILTER_LZMA1: case FILTER_LZMA2:
                f->options = ParseLzma(spec);
                break;
            case FILTER_DELTA:
                f->options = ParseDelta(spec);
                break;
            case FILTER_X86: case FILTER_POWERPC: case FILTER_IA64: case FILTER_ARM: case FILTER_ARMTHUMB: case FILTER_SPARC:
                f->options = ParseBcj(spec);
                break;
            default:
                Errors.SetString(PyExc.ValueError, $"Invalid filter ID: {id}");
                return false;
        }
        if (f->options == null) return false;
        f->id = id;
        return true;
    }

    /// <summary>PyMapping_GetOptionalItemString: false on error; <paramref name="value"/> null when missing.</summary>
    static bool GetOptionalItem(PyObject spec, string key, out PyObject? value)
    {
        var k = PyUnicode.FromString(key);
        value = Abstract.GetItem(spec, k);
        Py.DECREF(k);
        if (value != null) return true;
        if (!Errors.ExceptionMatches(PyExc.KeyError)) return false;
        Errors.Clear();
        return true;
    }

    /// <summary>
    /// The options of a specifier, as PyArg_ParseTupleAndKeywords(empty, spec) reads them: the
    /// specifier must be a dict whose keys are among <paramref name="names"/> and whose values
    /// (other than id and preset) are uint32. Any failure becomes ValueError(<paramref name="error"/>).
    /// </summary>
    static bool ReadOptions(PyObject spec, string[] names, string error, Span<uint> values, Span<bool> given)
    {
        bool ok = spec is PyDict;
        if (ok)
        {
            var dict = (PyDict)spec;
            int pos = 0;
            while (ok && dict.Next(ref pos, out var key, out var value))
            {
                int i = key is PyUnicode u ? Array.IndexOf(names, u.Value) : -1;
                if (i < 0) { ok = false; break; }
                if (names[i] is "id" or "preset") continue;
                ok = LzmaModule.ToUnsigned(value, uint.MaxValue, "uint32_t", out ulong v);
                values[i] = (uint)v;
                given[i] = true;
            }
        }
        if (!ok)
        {
            Errors.Clear();
            Errors.SetString(PyExc.ValueError, error);
        }
        return ok;
    }

    static readonly string[] s_lzmaNames = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];

    /// <summary>parse_filter_spec_lzma: the preset's options, overridden by the specifier's.</summary>
    static void* ParseLzma(PyObject spec)
    {
        uint preset = (uint)LzmaModule.PRESET_DEFAULT;
        if (!GetOptionalItem(spec, "preset", out var presetObj)) return null;
        if (presetObj != null)
        {
            bool ok = LzmaModule.ToUnsigned(presetObj, uint.MaxValue, "uint32_t", out ulong p);
            Py.DECREF(presetObj);
            if (!ok) return null;
            preset = (uint)p;
        }
        var options = (OptionsLzma*)NativeMemory.AllocZeroed((nuint)sizeof(OptionsLzma));
        if (options == null) { Errors.NoMemory(); return null; }
        if (lzma_lzma_preset(options, preset) != 0)
        {
            NativeMemory.Free(options);
            Errors.SetString(LzmaState.Get().Error, $"Invalid compression preset: {preset}");
            return null;
        }
        Span<uint> v = stackalloc uint[s_lzmaNames.Length];
        Span<bool> given = stackalloc bool[s_lzmaNames.Length];
        if (!ReadOptions(spec, s_lzmaNames, "Invalid filter specifier for LZMA filter", v, given))
        {
            NativeMemory.Free(options);
            return null;
        }
        if (given[2]) options->dict_size = v[2];
        if (given[3]) options->lc = v[3];
        if (given[4]) options->lp = v[4];
        if (given[5]) options->pb = v[5];
        if (given[6]) options->mode = v[6];
        if (given[7]) options->nice_len = v[7];
        if (given[8]) options->mf = v[8];
        if (given[9]) options->depth = v[9];
        return options;
    }

    static readonly string[] s_deltaNames = ["id", "dist"];

    static void* ParseDelta(PyObject spec)
    {
        Span<uint> v = stackalloc uint[2];
        Span<bool> given = stackalloc bool[2];
        if (!ReadOptions(spec, s_deltaNames, "Invalid filter specifier for delta filter", v, given)) return null;
        var options = (OptionsDelta*)NativeMemory.AllocZeroed((nuint)sizeof(OptionsDelta));
        if (options == null) { Errors.NoMemory(); return null; }
        options->dist = given[1] ? v[1] : 1;
        return options;
    }

    static readonly string[] s_bcjNames = ["id", "start_offset"];

    static void* ParseBcj(PyObject spec)
    {
        Span<uint> v = stackalloc uint[2];
        Span<bool> given = stackalloc bool[2];
        if (!ReadOptions(spec, s_bcjNames, "Invalid filter specifier for BCJ filter", v, given)) return null;
        var options = (OptionsBcj*)NativeMemory.AllocZeroed((nuint)sizeof(OptionsBcj));
        if (options == null) { Errors.NoMemory(); return null; }
        options->start_offset = v[1];
        return options;
    }

    /// <summary>build_filter_spec: the options liblzma decoded, as a specifier dict.</summary>
    public static PyObject? Build(LzmaFilter* f)
    {
        var spec = PyDict.New();
        Add(spec, "id", f->id);
        switch (f->id)
        {
            // For LZMA1 the properties hold lc, lp, pb and dict_size; for LZMA2 only dict_size.
            case FILTER_LZMA1:
            {
                var o = (OptionsLzma*)f->options;
                Add(spec, "lc", o->lc);
                Add(spec, "lp", o->lp);
                Add(spec, "pb", o->pb);
                Add(spec, "dict_size", o->dict_size);
                break;
            }
            case FILTER_LZMA2:
                Add(spec, "dict_size", ((OptionsLzma*)f->options)->dict_size);
                break;
            case FILTER_DELTA:
                Add(spec, "dist", ((OptionsDelta*)f->options)->dist);
                break;
            case FILTER_X86: case FILTER_POWERPC: case FILTER_IA64: case FILTER_ARM: case FILTER_ARMTHUMB: case FILTER_SPARC:
                // Without properties a BCJ filter has no options.
                if (f->options != null) Add(spec, "start_offset", ((OptionsBcj*)f->options)->start_offset);
                break;
            default:
                Py.DECREF(spec);
                return Errors.SetString(PyExc.ValueError, $"Invalid filter ID: {f->id}");
        }
        return spec;
    }

    static void Add(PyDict spec, string key, ulong value)
        => spec.SetItemStringSteal(key, value <= long.MaxValue ? PyLong.FromLong((long)value) : PyLong.FromBigInteger(value));
}
