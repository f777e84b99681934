using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Unicodedata;

/// <summary>
/// `unicodedata.UCD` (PreviousDBVersion): a previous version of the database with the
/// module's functions as methods; `ucd_3_2_0` is the only one. Python cannot create one.
/// </summary>
[PyType("unicodedata.UCD")]
public sealed partial class UcdObject : PyObject
{
    internal readonly PreviousVersion Old;
    /// <summary>The unidata_version member (CPython's T_STRING member, read-only).</summary>
    PyObject? _version;

    internal UcdObject(PreviousVersion old) : base(Type)
    {
        Old = old;
        _version = PyUnicode.FromString(old.Version);
    }

    /// <summary>DB_members: installed with the module.</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("unidata_version") != null) return;
        d.SetItemString("unidata_version", new PyMemberDescr(Type, "unidata_version", o => ref ((UcdObject)o)._version, readOnly: true));
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _version);

    protected internal override void Traverse(Visitor visit)
    {
        if (_version != null) visit(_version);
    }

    [PyMethod("decimal", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? Decimal(UcdObject self, UnicodeChar chr, PyObject? @default = null) => UnicodedataModule.Decimal(self.Old, chr.CodePoint, @default);

    [PyMethod("digit", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? Digit(UcdObject self, UnicodeChar chr, PyObject? @default = null) => UnicodedataModule.Digit(self.Old, chr.CodePoint, @default);

    [PyMethod("numeric", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? Numeric(UcdObject self, UnicodeChar chr, PyObject? @default = null) => UnicodedataModule.Numeric(self.Old, chr.CodePoint, @default);

    [PyMethod("category")]
    static PyObject? Category(UcdObject self, UnicodeChar chr) => UnicodedataModule.Category(self.Old, chr.CodePoint);

    [PyMethod("bidirectional")]
    static PyObject? Bidirectional(UcdObject self, UnicodeChar chr) => UnicodedataModule.Bidirectional(self.Old, chr.CodePoint);

    [PyMethod("combining")]
    static long Combining(UcdObject self, UnicodeChar chr) => UnicodedataModule.Combining(self.Old, chr.CodePoint);

    [PyMethod("mirrored")]
    static long Mirrored(UcdObject self, UnicodeChar chr) => UnicodedataModule.Mirrored(self.Old, chr.CodePoint);

    [PyMethod("east_asian_width")]
    static PyObject? EastAsianWidth(UcdObject self, UnicodeChar chr) => UnicodedataModule.EastAsianWidth(self.Old, chr.CodePoint);

    [PyMethod("decomposition")]
    static PyObject? Decomposition(UcdObject self, UnicodeChar chr) => UnicodedataModule.Decomposition(self.Old, chr.CodePoint);

    [PyMethod("is_normalized")]
    static PyObject? IsNormalized(UcdObject self, PyUnicode form, PyUnicode unistr) => UnicodedataModule.IsNormalized(self.Old, form, unistr);

    [PyMethod("normalize")]
    static PyObject? Normalize(UcdObject self, PyUnicode form, PyUnicode unistr) => UnicodedataModule.Normalize(self.Old, form, unistr);

    [PyMethod("name", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? Name(UcdObject self, UnicodeChar chr, PyObject? @default = null) => UnicodedataModule.Name(self.Old, chr.CodePoint, @default);

    [PyMethod("lookup")]
    static PyObject? Lookup(UcdObject self, LookupName name) => UnicodedataModule.Lookup(self.Old, name.Bytes);
}
