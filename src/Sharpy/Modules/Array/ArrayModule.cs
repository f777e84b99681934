using System;
using System.Buffers.Binary;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `array` module (Modules/arraymodule.c): the array type, its iterator, the typecodes, and
/// _array_reconstructor, which pickles use to rebuild an array from its machine bytes.
/// </summary>
[PyModule("array", Doc = "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating-point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n")]
public static partial class ArrayModule
{
    // enum machine_format_code: how the bytes of a pickled array are laid out.
    internal const int UNSIGNED_INT8 = 0, SIGNED_INT8 = 1;
    internal const int UNSIGNED_INT16_LE = 2, UNSIGNED_INT16_BE = 3, SIGNED_INT16_LE = 4, SIGNED_INT16_BE = 5;
    internal const int UNSIGNED_INT32_LE = 6, UNSIGNED_INT32_BE = 7, SIGNED_INT32_LE = 8, SIGNED_INT32_BE = 9;
    internal const int UNSIGNED_INT64_LE = 10, UNSIGNED_INT64_BE = 11, SIGNED_INT64_LE = 12, SIGNED_INT64_BE = 13;
    internal const int IEEE_754_FLOAT_LE = 14, IEEE_754_FLOAT_BE = 15, IEEE_754_DOUBLE_LE = 16, IEEE_754_DOUBLE_BE = 17;
    internal const int UTF16_LE = 18, UTF16_BE = 19, UTF32_LE = 20, UTF32_BE = 21;

    internal const string ArrayTypeDoc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating-point     4\n    'd'         floating-point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n";

    [PyConstant("array")] static PyObject ArrayTypeAttr => Py.NewRef(PyArray.Type);
    [PyConstant("ArrayType")] static PyObject ArrayType => Py.NewRef(PyArray.Type);
    [PyConstant("typecodes")] const string Typecodes = "bBuwhHiIlLqQfd";

    /// <summary>arraymodule_modexec: array.array is registered as a collections.abc.MutableSequence.</summary>
    static int InitModule(PyModule m)
    {
        var abc = Import.ImportModule("collections.abc");
        if (abc == null) return -1;
        var mutableSequence = Abstract.GetAttr(abc, "MutableSequence");
        Py.DECREF(abc);
        if (mutableSequence == null) return -1;
        var res = Calls.CallMethod(mutableSequence, "register", PyArray.Type);
        Py.DECREF(mutableSequence);
        if (res == null) return -1;
        Py.DECREF(res);
        return 0;
    }

    /// <summary>array._array_reconstructor, which __reduce_ex__ names (a new reference).</summary>
    internal static PyObject? Reconstructor()
    {
        var module = Import.ImportModule("array");
        if (module == null) return null;
        var r = Abstract.GetAttr(module, "_array_reconstructor");
        Py.DECREF(module);
        return r;
    }

    /// <summary>Bytes per item of each machine format code (mformat_descriptors[].size).</summary>
    static readonly int[] s_mformatSize = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8];

    /// <summary>
    /// _array_reconstructor(arraytype, typecode, mformat_code, items): an array of
    /// <paramref name="arraytype"/> from the bytes a pickle holds; bytes in another machine's
    /// layout are decoded item by item first.
    /// </summary>
    [PyMethod("_array_reconstructor", Doc = "Internal. Used for pickling support.")]
    static PyObject? ArrayReconstructor(PyObject arraytype, PyObject typecode, int mformat_code, PyObject items)
    {
        if (typecode is not PyUnicode tcs)
            return Errors.SetString(PyExc.TypeError, $"_array_reconstructor() argument 2 must be a unicode character, not {typecode.ob_type.tp_name}");
        if (tcs.Length != 1)
            return Errors.SetString(PyExc.TypeError, $"_array_reconstructor(): argument 2 must be a unicode character, not a string of length {tcs.Length}");
        if (arraytype is not PyType type)
            return Errors.SetString(PyExc.TypeError, $"first argument must be a type object, not {arraytype.ob_type.tp_name}");
        if (!Abstract.IsSubtype(type, PyArray.Type))
            return Errors.SetString(PyExc.TypeError, $"{type.tp_name} is not a subtype of {PyArray.Type.tp_name}");
        var descr = ArrayDescr.Find(tcs[0]);
        if (descr == null) return Errors.SetString(PyExc.ValueError, "second argument must be a valid type code");
        if (mformat_code < UNSIGNED_INT8 || mformat_code > UTF32_BE)
            return Errors.SetString(PyExc.ValueError, "third argument must be a valid machine format code.");
        if (items is not PyBytes bytes)
            return Errors.SetString(PyExc.TypeError, $"fourth argument should be bytes, not {items.ob_type.tp_name}");
        if (mformat_code == descr.MachineFormat) return MakeArray(type, descr.Typecode, items);

        // Another machine's layout: decode the items, then build from the list (or str).
        var data = bytes.Value;
        int size = s_mformatSize[mformat_code];
        if (data.Length % size != 0) return Errors.SetString(PyExc.ValueError, "string length not a multiple of item size");
        int count = data.Length / size;
        char newTypecode = descr.Typecode;
        PyObject? converted;
        switch (mformat_code)
        {
            case IEEE_754_FLOAT_LE:
            case IEEE_754_FLOAT_BE:
            {
                var list = PyList.New(count);
                for (int i = 0; i < count; i++)
                {
                    var s = data.AsSpan(i * 4, 4);
                    float f = mformat_code == IEEE_754_FLOAT_LE ? BinaryPrimitives.ReadSingleLittleEndian(s) : BinaryPrimitives.ReadSingleBigEndian(s);
                    list.AppendSteal(PyFloat.FromDouble(f));
                }
                converted = list;
                break;
            }
            case IEEE_754_DOUBLE_LE:
            case IEEE_754_DOUBLE_BE:
            {
                var list = PyList.New(count);
                for (int i = 0; i < count; i++)
                {
                    var s = data.AsSpan(i * 8, 8);
                    double d = mformat_code == IEEE_754_DOUBLE_LE ? BinaryPrimitives.ReadDoubleLittleEndian(s) : BinaryPrimitives.ReadDoubleBigEndian(s);
                    list.AppendSteal(PyFloat.FromDouble(d));
                }
                converted = list;
                break;
            }
            case UTF16_LE:
            case UTF16_BE:
            case UTF32_LE:
            case UTF32_BE:
            {
                string encoding = mformat_code switch
                {
                    UTF16_LE => "utf-16-le",
                    UTF16_BE => "utf-16-be",
                    UTF32_LE => "utf-32-le",
                    _ => "utf-32-be",
                };
                converted = PyUnicode.DecodeObject(items, encoding, "strict");
                if (converted == null) return null;
                break;
            }
            default:
            {
                // Integers: pick the typecode of this machine with the same size and signedness.
                bool isSigned = mformat_code <= SIGNED_INT8 ? mformat_code == SIGNED_INT8 : (mformat_code - UNSIGNED_INT16_LE) % 4 >= 2;
                bool bigEndian = mformat_code > SIGNED_INT8 && (mformat_code - UNSIGNED_INT16_LE) % 2 == 1;
                foreach (var d in ArrayDescr.All)
                    if (d.IsIntegerType && d.ItemSize == size && d.IsSigned == isSigned) newTypecode = d.Typecode;
                var list = PyList.New(count);
                for (int i = 0; i < count; i++)
                {
                    var v = new BigInteger(data.AsSpan(i * size, size), isUnsigned: !isSigned, isBigEndian: bigEndian);
                    list.AppendSteal(PyLong.FromBigInteger(v));
                }
                converted = list;
                break;
            }
        }
        var result = MakeArray(type, newTypecode, converted);
        Py.DECREF(converted);
        return result;
    }

    /// <summary>make_array: arraytype(typecode, items) through array's own tp_new.</summary>
    static PyObject? MakeArray(PyType type, char typecode, PyObject items)
    {
        var tc = PyUnicode.FromCodePoint(typecode);
        Span<StackRef> args = [StackRef.FromBorrow(tc), StackRef.FromBorrow(items)];
        var r = PyArray.ArrayNew(type, args, null);
        Py.DECREF(tc);
        return r;
    }
}
