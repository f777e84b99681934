using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// A minimal stand-in for importlib's ModuleSpec (Lib/importlib/_bootstrap.py), which
/// Sharpy's C# import system puts in a source module's __spec__ until importlib itself
/// runs: name, loader (None: Sharpy has no loader objects yet), origin, loader_state,
/// submodule_search_locations (a list for packages, else None), cached, has_location,
/// parent, and _initializing (set while the module body runs; what the "partially
/// initialized module" messages test). Other attributes cannot be set on it.
/// </summary>
[PyType("_frozen_importlib.ModuleSpec")]
public sealed partial class ModuleSpec : PyObject
{
    public PyObject Name, Loader, Origin, LoaderState, SearchLocations, Cached;
    public bool HasLocation;
    /// <summary>_initializing; null while the attribute is unset.</summary>
    public PyObject? Initializing;

    /// <summary>A spec for <paramref name="name"/>; origin and locations may be null (None).</summary>
    public ModuleSpec(string name, string? origin, PyList? locations) : base(Type)
    {
        Name = PyUnicode.FromString(name);
        Loader = Py.NewRef(PyNone.None);
        Origin = origin == null ? Py.NewRef(PyNone.None) : PyUnicode.FromString(origin);
        LoaderState = Py.NewRef(PyNone.None);
        SearchLocations = locations == null ? Py.NewRef(PyNone.None) : Py.NewRef(locations);
        Cached = Py.NewRef(PyNone.None);
        HasLocation = origin != null;
    }

    public string NameString => Name is PyUnicode u ? u.Value : "";

    /// <summary>spec.parent: the package's own name for a package, else the name up to the last dot.</summary>
    public string Parent
    {
        get
        {
            var n = NameString;
            if (SearchLocations != PyNone.None) return n;
            int dot = n.LastIndexOf('.');
            return dot < 0 ? "" : n[..dot];
        }
    }

    static int Store(ref PyObject field, PyObject? value)
    {
        var old = field;
        field = Py.NewRef(value ?? PyNone.None);
        Py.DECREF(old);
        return 0;
    }

    [PyGetter("name")] static PyObject? GetName(ModuleSpec s) => Py.NewRef(s.Name);
    [PySetter("name")] static int SetName(ModuleSpec s, PyObject? v) => Store(ref s.Name, v);
    [PyGetter("loader")] static PyObject? GetLoader(ModuleSpec s) => Py.NewRef(s.Loader);
    [PySetter("loader")] static int SetLoader(ModuleSpec s, PyObject? v) => Store(ref s.Loader, v);
    [PyGetter("origin")] static PyObject? GetOrigin(ModuleSpec s) => Py.NewRef(s.Origin);
    [PySetter("origin")] static int SetOrigin(ModuleSpec s, PyObject? v) => Store(ref s.Origin, v);
    [PyGetter("loader_state")] static PyObject? GetLoaderState(ModuleSpec s) => Py.NewRef(s.LoaderState);
    [PySetter("loader_state")] static int SetLoaderState(ModuleSpec s, PyObject? v) => Store(ref s.LoaderState, v);
    [PyGetter("submodule_search_locations")] static PyObject? GetLocations(ModuleSpec s) => Py.NewRef(s.SearchLocations);
    [PySetter("submodule_search_locations")] static int SetLocations(ModuleSpec s, PyObject? v) => Store(ref s.SearchLocations, v);
    [PyGetter("cached")] static PyObject? GetCached(ModuleSpec s) => Py.NewRef(s.Cached);
    [PySetter("cached")] static int SetCached(ModuleSpec s, PyObject? v) => Store(ref s.Cached, v);
    [PyGetter("parent")] static PyObject? GetParent(ModuleSpec s) => PyUnicode.FromString(s.Parent);
    [PyGetter("has_location")] static PyObject? GetHasLocation(ModuleSpec s) => Py.NewRef(s.HasLocation ? PyBool.True : PyBool.False);

    [PySetter("has_location")]
    static int SetHasLocation(ModuleSpec s, PyObject? v)
    {
        int t = v == null ? 0 : Abstract.IsTrue(v);
        if (t < 0) return -1;
        s.HasLocation = t > 0;
        return 0;
    }

    [PyGetter("_initializing")]
    static PyObject? GetInitializing(ModuleSpec s) => s.Initializing != null ? Py.NewRef(s.Initializing)
        : Errors.SetString(PyExc.AttributeError, "'ModuleSpec' object has no attribute '_initializing'");

    [PySetter("_initializing")]
    static int SetInitializing(ModuleSpec s, PyObject? v)
    {
        Py.SETREF(ref s.Initializing, Py.XNewRef(v));
        return 0;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var s = (ModuleSpec)o;
        var name = Abstract.ReprString(s.Name);
        if (name == null) return null;
        var loader = Abstract.ReprString(s.Loader);
        if (loader == null) return null;
        var text = $"ModuleSpec(name={name}, loader={loader}";
        if (s.Origin != PyNone.None)
        {
            var origin = Abstract.ReprString(s.Origin);
            if (origin == null) return null;
            text += ", origin=" + origin;
        }
        if (s.SearchLocations != PyNone.None)
        {
            var locs = Abstract.ReprString(s.SearchLocations);
            if (locs == null) return null;
            text += ", submodule_search_locations=" + locs;
        }
        return PyUnicode.FromString(text + ")");
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Name); Py.DECREF(Loader); Py.DECREF(Origin);
        Py.DECREF(LoaderState); Py.DECREF(SearchLocations); Py.DECREF(Cached);
        Py.CLEAR(ref Initializing);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Name); visit(Loader); visit(Origin); visit(LoaderState); visit(SearchLocations); visit(Cached);
        if (Initializing != null) visit(Initializing);
    }

    protected internal override void Clear()
    {
        var none = PyNone.None;
        Store(ref Loader, none); Store(ref LoaderState, none);
        Store(ref SearchLocations, none); Store(ref Cached, none);
        Py.CLEAR(ref Initializing);
    }
}
