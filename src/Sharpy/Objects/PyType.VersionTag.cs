using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// tp_version_tag (Objects/typeobject.c): a number that stands for the current state of a
/// type's MRO and of every dict along it, so that <see cref="TypeLookup"/> can cache what a
/// lookup found. 0 means "none assigned"; a change to the type's dict or MRO (or to any
/// base's) resets it to 0, and a later lookup assigns a fresh one, never used before.
/// </summary>
public sealed partial class PyType
{
    static uint s_nextVersionTag = 1;

    /// <summary>tp_version_tag; 0 while none is valid.</summary>
    internal uint VersionTag;

    /// <summary>
    /// PyType_Modified: forget the version tag of this type and of every subclass (their
    /// MROs include this type). A type with a tag has tagged bases (see
    /// <see cref="AssignVersionTag"/>), so an untagged type has no tagged subclass to reach.
    /// </summary>
    internal void Modified()
    {
        if (VersionTag == 0) return;
        VersionTag = 0;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var sub)) sub.Modified();
    }

    /// <summary>assign_version_tag: give this type (and first its bases) a tag; false when the tags ran out.</summary>
    internal bool AssignVersionTag()
    {
        if (VersionTag != 0) return true;
        if (tp_bases != null)
            foreach (var b in tp_bases.Items)
                if (!((PyType)b).AssignVersionTag()) return false;
        if (s_nextVersionTag == 0) return false; // wrapped around: no more caching
        VersionTag = s_nextVersionTag++;
        return true;
    }
}
