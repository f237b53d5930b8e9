extern alias generators;
using AlgorithmGen.CodeFixes.Infrastructure;
using generators::AlgorithmGen.Rules;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    public class NamePatternsTests
    {
        [Theory]
        [InlineData("demo_algorithm", true, "demo-algorithm")]
        [InlineData("  My Algorithm (v2)  ", true, "My-Algorithm-v2")]
        [InlineData("a--b  c", true, "a-b-c")]
        [InlineData("-leading-and-trailing-", true, "leading-and-trailing")]
        [InlineData("résumé", true, "r-sum")]
        [InlineData("train data", false, "train_data")]
        [InlineData("train.v1_b", false, null)] // already valid
        [InlineData("a/b.c_d e", false, "a_b_c_d_e")] // '.' too: AG0206 would flag it
        [InlineData("a-b c", false, "a_b_c")]
        [InlineData("-train", false, null)] // valid as it is: '-' may lead a channel name
        [InlineData("__", true, null)] // nothing left
        [InlineData("", false, null)]
        [InlineData("demo", true, null)]
        public void Rewrite(string value, bool entity, string? expected) => Assert.Equal(expected, NamePatterns.Rewrite(value, Kind(entity)));

        private static NameKind Kind(bool entity) => entity ? NameKind.Entity : NameKind.Channel;

        [Fact]
        public void Rewrite_cuts_to_the_members_maximum_length_without_a_trailing_separator()
        {
            string rewritten = NamePatterns.Rewrite(new string('a', 62) + " b" + new string('c', 10), NameKind.Entity)!;
            Assert.Equal(new string('a', 62), rewritten);
            Assert.Equal(64, NamePatterns.Rewrite(new string('x', 80), NameKind.Channel)!.Length);
        }

        [Theory]
        [InlineData("x y", true)]
        [InlineData("x y", false)]
        [InlineData("日本語 name", true)]
        [InlineData("a\tb\nc", false)]
        public void Rewritten_names_match_the_service_patterns(string value, bool entity)
        {
            NameKind kind = Kind(entity);
            string rewritten = NamePatterns.Rewrite(value, kind)!;
            Assert.True(ServicePatterns.MatchesWhole(NamePatterns.Pattern(kind), rewritten));
        }

        [Fact]
        public void Every_name_a_kind_covers_has_that_kinds_pattern()
        {
            // The fixer rewrites these members by kind; their patterns must be the one the kind's member spec carries (the
            // generator assembly's model, which the code fixes run against).
            Assert.Equal(NamePatterns.Pattern(NameKind.Entity), generators::AlgorithmGen.Model.AlgorithmValidationProfile.Members.ProfileName.Pattern);
            Assert.Equal(NamePatterns.Pattern(NameKind.Entity), generators::AlgorithmGen.Model.ModelPackageContainerDefinition.Members.ContainerHostname.Pattern);
            Assert.Equal(NamePatterns.Pattern(NameKind.Channel), generators::AlgorithmGen.Model.AdditionalModelDataSource.Members.ChannelName.Pattern);
        }

        [Theory]
        [InlineData("'a b' does not match EntityName's pattern [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}.", "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}")]
        [InlineData("'it's' does not match ChannelName's pattern [A-Za-z0-9\\.\\-_]+.", "[A-Za-z0-9\\.\\-_]+")]
        [InlineData("something else", null)]
        public void Pattern_in_message(string message, string? pattern) => Assert.Equal(pattern, NamePatterns.PatternInMessage(message));
    }
}
