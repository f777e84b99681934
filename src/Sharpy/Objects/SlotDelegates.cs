using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// The signatures of type slots (Include/cpython/object.h). A null result (or -1) means a
// Python exception is set on the thread (DESIGN.md invariant 2). Which slot has which
// signature is in the slot list of tools/gen_slots.py.

public delegate PyObject? UnaryFunc(PyObject a);
public delegate PyObject? BinaryFunc(PyObject a, PyObject b);
public delegate PyObject? TernaryFunc(PyObject a, PyObject b, PyObject c);
/// <summary>tp_richcompare; op is one of <see cref="CompareOp"/>.</summary>
public delegate PyObject? RichCmpFunc(PyObject a, PyObject b, CompareOp op);
/// <summary>tp_hash: -1 with an exception set on error.</summary>
public delegate long HashFunc(PyObject a);
/// <summary>sq_length / mp_length: -1 with an exception set on error.</summary>
public delegate long LenFunc(PyObject a);
/// <summary>sq_item, sq_repeat, sq_inplace_repeat (ssizeargfunc): the slot with an index or a count.</summary>
public delegate PyObject? SsizeArgFunc(PyObject o, long i);
/// <summary>sq_ass_item (ssizeobjargproc): value null deletes. 0, or -1 on error.</summary>
public delegate int SsizeObjArgProc(PyObject o, long i, PyObject? value);
/// <summary>nb_bool: 1, 0, or -1 on error.</summary>
public delegate int InquiryFunc(PyObject a);
/// <summary>sq_contains: 1, 0, or -1 on error.</summary>
public delegate int ObjObjProc(PyObject container, PyObject item);
/// <summary>mp_ass_subscript / sq_ass_item: value null deletes. 0, or -1 on error.</summary>
public delegate int ObjObjArgProc(PyObject o, PyObject key, PyObject? value);
/// <summary>tp_getattro: null with AttributeError (or another error) set.</summary>
public delegate PyObject? GetAttroFunc(PyObject o, PyObject name);
/// <summary>tp_setattro: value null deletes. 0, or -1 on error.</summary>
public delegate int SetAttroFunc(PyObject o, PyObject name, PyObject? value);
/// <summary>tp_descr_get(descr, obj or null, type or null).</summary>
public delegate PyObject? DescrGetFunc(PyObject descr, PyObject? obj, PyObject? type);
/// <summary>tp_descr_set(descr, obj, value or null to delete): 0, or -1 on error.</summary>
public delegate int DescrSetFunc(PyObject descr, PyObject obj, PyObject? value);
/// <summary>
/// The calling convention of every call (CPython's vectorcall): positional arguments,
/// then the values of the keyword arguments named in <paramref name="kwnames"/>. The
/// caller keeps owning the arguments.
/// </summary>
public delegate PyObject? VectorCallFunc(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames);
/// <summary>tp_new, in the vectorcall convention.</summary>
public delegate PyObject? NewFunc(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames);
/// <summary>tp_init, in the vectorcall convention: 0, or -1 on error.</summary>
public delegate int InitFunc(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames);
/// <summary>tp_finalize (PEP 442): runs __del__; must not leave an exception set.</summary>
public delegate void DestructorFunc(PyObject self);

/// <summary>tp_alloc: an empty instance of the type (or of a subclass) for tp_new to fill.</summary>
public delegate PyObject AllocFunc(PyType type);
/// <summary>
/// am_send (sendfunc): send <paramref name="value"/> into an iterator; <paramref name="result"/>
/// is the value yielded (Next) or returned (Return), null on Error.
/// </summary>
public delegate PySendResult SendFunc(PyObject iter, PyObject value, out PyObject? result);

/// <summary>PySendResult: what am_send and PyIter_Send report.</summary>
public enum PySendResult { Error = -1, Return = 0, Next = 1 }

/// <summary>Py_LT ... Py_GE, the rich comparison operators.</summary>
public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }
