using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sqlite3;

/// <summary>`sqlite3.PrepareProtocol` (prepare_protocol.c): the protocol objects are adapted to (PEP 246).</summary>
[PyType("sqlite3.PrepareProtocol", BaseType = true, Doc = "PEP 246 style object adaption protocol type.")]
public sealed partial class PrepareProtocol : PyObject
{
    PrepareProtocol(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PrepareProtocol(type);

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;
}
