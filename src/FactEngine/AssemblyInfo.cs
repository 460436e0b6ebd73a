using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("FactEngine.Tests")]
