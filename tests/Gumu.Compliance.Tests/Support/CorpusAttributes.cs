namespace Gumu.Compliance.Tests.Support;

/// <summary>A theory over ../shared/corpus/real-excerpts, skipped (not passed) when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (RepositoryPaths.RealExcerpts is null)
        {
            Skip = "../shared/corpus/real-excerpts is not beside this checkout";
        }
    }
}
