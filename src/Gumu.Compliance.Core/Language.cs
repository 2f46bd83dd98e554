namespace Gumu.Compliance;

/// <summary>The language of user-facing messages.</summary>
public enum Language
{
    /// <summary>Simplified Chinese (default).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
