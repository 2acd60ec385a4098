using Socrates.BrowserTests;

[assembly: AssemblyFixture(typeof(KestrelApp))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
