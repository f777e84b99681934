namespace Sharpy.Parser;

/// <summary>ast.parse(feature_version=(3, N)): syntax newer than Python 3.N is a SyntaxError
/// (pegen's CHECK_VERSION, applied in the action of the rule that introduced it).</summary>
internal sealed partial class Parser
{
    /// <summary>The current minor version, 14, unless compile() was given _feature_version with PyCF_ONLY_AST.</summary>
    public const int CurrentFeatureVersion = 14;

    readonly int _featureVersion;

    /// <summary>CHECK_VERSION: <paramref name="node"/>, or null with "... only supported in
    /// Python 3.N and greater" when the feature version is older.</summary>
    T? CheckVersion<T>(int version, string what, T? node) where T : class
    {
        if (node == null || _featureVersion >= version) return node;
        RaiseSyntaxError($"{what} only supported in Python 3.{version} and greater");
        return null;
    }
}
