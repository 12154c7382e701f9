using System.Runtime.CompilerServices;
using BriefingSite.Render;

namespace BriefingSite.Tests;

/// <summary>Settings for every test in this assembly, made before the first test runs.</summary>
internal static class TestSettings
{
    /// <summary>
    /// Every build that takes page keys from the last one (a repeated build) makes each key too and fails on any
    /// difference, so the tests that compare repeated builds with clean ones also check each kept key.
    /// </summary>
    [ModuleInitializer]
    internal static void VerifyKeptPageKeys() => PageKeyMemory.Verify = true;
}
