using AlgorithmGen.CodeFixes.Infrastructure;
using AlgorithmGen.Model;
using Xunit;

namespace AlgorithmGen.Analyzers.Tests.CodeFixes
{
    /// <summary>The name rewrite targets the service model's own patterns (the code-fix assembly keeps copies of two).</summary>
    public class NamePatternSourceTests
    {
        [Fact]
        public void Entity_and_channel_patterns_are_the_service_models()
        {
            Assert.Equal(NamePatterns.EntityPattern, CreateAlgorithmRequest.Members.AlgorithmName.Pattern);
            Assert.Equal(NamePatterns.EntityPattern, AlgorithmValidationProfile.Members.ProfileName.Pattern);
            Assert.Equal(NamePatterns.EntityPattern, ModelPackageContainerDefinition.Members.ContainerHostname.Pattern);
            Assert.Equal(NamePatterns.ChannelPattern, ChannelSpecification.Members.Name.Pattern);
            Assert.Equal(NamePatterns.ChannelPattern, AdditionalModelDataSource.Members.ChannelName.Pattern);
        }
    }
}
