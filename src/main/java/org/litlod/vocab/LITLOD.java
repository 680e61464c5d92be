package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the litlod ontology ({@code ontology/litlod.ttl}).
 * GENERATED from the ontology by ontology/build-vocab.sh: do not edit.
 */
public final class LITLOD {
    /** The namespace of the litlod ontology. */
    public static final String NAMESPACE = "https://w3id.org/litlod/ontology#";
    /** The preferred prefix. */
    public static final String PREFIX = "litlod";

    private LITLOD() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE, local);
    }

    /** The tagger resolved a short form through an abbreviation the text defines. */
    public static final Resource AbbreviationResolution = resource("AbbreviationResolution");

    /** A chemical or drug that an annotation identifies; PubTator subject "Chemical". */
    public static final Resource Chemical = resource("Chemical");

    /** litlod found the related entities in one passage of the paper, or one of them in its title; the relation says no more than that they occur together. */
    public static final Resource CoOccurrence = resource("CoOccurrence");

    /** A statement of what a paper contributes that is new. */
    public static final Resource Contribution = resource("Contribution");

    /** The run of a litlod converter and mapper that read one source file and produced one named graph. */
    public static final Resource Conversion = resource("Conversion");

    /** How an entity annotation was found: listed by the source, annotated in the input, or found by litlod's tagger. */
    public static final Resource DetectionMethod = resource("DetectionMethod");

    /** The tagger matched a name of the entity from its lexicon in the text. */
    public static final Resource DictionaryMatch = resource("DictionaryMatch");

    /** A disease or phenotype that an annotation identifies; PubTator subject "Disease". */
    public static final Resource Disease = resource("Disease");

    /** A figure of a paper, described by its label and caption text. */
    public static final Resource Figure = resource("Figure");

    /** A gene (or its product) that an annotation identifies; PubTator subject "Gene". */
    public static final Resource Gene = resource("Gene");

    /** litlod found a chemical and a disease in one sentence joined by words saying that the chemical induces the disease ("cisplatin-induced nephrotoxicity", "hepatitis caused by isoniazid"). */
    public static final Resource InductionCue = resource("InductionCue");

    /** One key finding stated in the structured summary of a paper, as a single item of text. */
    public static final Resource KeyFinding = resource("KeyFinding");

    /** A part of a paper that the source says it left out, with the source's note and where the part can be fetched. */
    public static final Resource OmittedContent = resource("OmittedContent");

    /** A document that litlod publishes from one source file, with its own named graph; also typed with the FaBiO class of its kind (journal article, review article, web content). */
    public static final Resource Paper = resource("Paper");

    /** A paragraph of body text of a paper, with citation markers removed. */
    public static final Resource Paragraph = resource("Paragraph");

    /** One published text of a paper (title, abstract, summary item, paragraph, caption or reference title) identified by a stable key; text selectors of mention annotations count their offsets in this text. */
    public static final Resource Passage = resource("Passage");

    /** A section of the body of a paper, with an optional heading, ordered paragraphs and figures. */
    public static final Resource Section = resource("Section");

    /** The annotation came with the input (for example PubTator annotations or MeSH indexing). */
    public static final Resource SourceAnnotation = resource("SourceAnnotation");

    /** The input states the relation (a BioC relation, a PubTator relation line), with its type and arguments. */
    public static final Resource SourceAssertion = resource("SourceAssertion");

    /** The input file a paper was converted from, identified by the SHA-256 of its bytes (spdx:checksum). Its rdfs:label is the file's name relative to the input folder given (or the bare file name for a file given directly), never an absolute path, so the publisher's directory layout is not published. */
    public static final Resource SourceFile = resource("SourceFile");

    /** The source document itself lists the entity with its identifiers. */
    public static final Resource SourceList = resource("SourceList");

    /** An organism taxon that an annotation identifies; PubTator subject "Species". */
    public static final Resource Species = resource("Species");

    /** A substance a document is about, named as the source names it and identified by registry numbers. */
    public static final Resource Substance = resource("Substance");

    /** A one-sentence summary of a paper (too long; didn't read). */
    public static final Resource TlDr = resource("TlDr");

    /** A sequence variant that an annotation identifies, named in HGVS protein notation and scoped to its gene when known; PubTator subject "Variant". */
    public static final Resource Variant = resource("Variant");

    /** The tagger recognised a sequence variant with a notation pattern. */
    public static final Resource VariantPattern = resource("VariantPattern");

    /** Links a paper to a substance the source says it is about. */
    public static final Property aboutSubstance = property("aboutSubstance");

    /** An affiliation of an author as written in the source. */
    public static final Property affiliation = property("affiliation");

    /** How a relation between entities came to be published: stated by the source, or found by litlod in the text. */
    public static final Property assertedBy = property("assertedBy");

    /** True when a reference entry lists only the first authors of a cited work ("et al."). */
    public static final Property authorsTruncated = property("authorsTruncated");

    /** The CAS registry number of a substance ("877399-52-5"), check digit verified. */
    public static final Property casRegistryNumber = property("casRegistryNumber");

    /** The category heading under which the source lists an entity ("Proteins", "Genes"). */
    public static final Property category = property("category");

    /** How many documents cite this paper according to the index named by citation index. */
    public static final Property citationCount = property("citationCount");

    /** The index that counted the citations of a paper ("Scopus"). */
    public static final Property citationIndex = property("citationIndex");

    /** Links a paragraph to an entry of the paper's reference list that the paragraph cites with a citation marker. */
    public static final Property citesReference = property("citesReference");

    /** Links a paper to the statement of its contribution. */
    public static final Property contribution = property("contribution");

    /** The name of the litlod converter that read the source file. */
    public static final Property converter = property("converter");

    /** The version of the litlod converter that read the source file. */
    public static final Property converterVersion = property("converterVersion");

    /** The DOI of a paper in upper case ("10.1038/S41375-025-02729-W"), the form Wikidata stores under P356; DOIs are case-insensitive, so this names the same DOI as prism:doi. */
    public static final Property doiUpperCase = property("doiUpperCase");

    /** A published passage of the paper that mentions every entity of a relation. */
    public static final Property evidencePassage = property("evidencePassage");

    /** A sentence of the paper, as written, that mentions every entity of a relation. */
    public static final Property evidenceSentence = property("evidenceSentence");

    /** The number of figures the complete paper has, as the source states. */
    public static final Property figureCount = property("figureCount");

    /** How an annotation was found. */
    public static final Property foundBy = property("foundBy");

    /** Where the complete text of a paper can be fetched. */
    public static final Property fullTextUrl = property("fullTextUrl");

    /** Links a paper or a section to a figure placed in it. */
    public static final Property hasFigure = property("hasFigure");

    /** Links a section to one of its paragraphs. */
    public static final Property hasParagraph = property("hasParagraph");

    /** Links a paper, or the part of a paper a text belongs to, to the published passage holding that text. */
    public static final Property hasPassage = property("hasPassage");

    /** Links a paper to a section of its body. */
    public static final Property hasSection = property("hasSection");

    /** The heading of a section as written. */
    public static final Property heading = property("heading");

    /** The image file or URL of a figure as the source names it. */
    public static final Property image = property("image");

    /** Links a paper to one of its key findings. */
    public static final Property keyFinding = property("keyFinding");

    /** The version of the lexicon the tagger used when it found an annotation. */
    public static final Property lexiconVersion = property("lexiconVersion");

    /** The name of the source's entity list an annotation came from ("Linked entities"). */
    public static final Property listName = property("listName");

    /** How many mentions of the annotation's body the paper's published passages contain (0 for an entity only listed by the source). */
    public static final Property mentionCount = property("mentionCount");

    /** The role the source gives the object of a relation ("Disease", "role2"). */
    public static final Property objectRole = property("objectRole");

    /** Links a paper to a part of it that the source left out. */
    public static final Property omittedPart = property("omittedPart");

    /** The original language of the document as the source writes it ("English (US)"). */
    public static final Property originalLanguage = property("originalLanguage");

    /** The source's own classification of the research output, as written. */
    public static final Property outputType = property("outputType");

    /** An entity that takes part in a relation; every argument of the relation, including its subject and object. */
    public static final Property participant = property("participant");

    /** The stable key of a passage within its paper ("title", "abstract", "section/2/paragraph/3"). */
    public static final Property passageKey = property("passageKey");

    /** The PubMed Central identifier of a paper without its "PMC" prefix ("12589124"), the form Wikidata stores under P932, so that papers join Wikidata's scholarly graph by equality. */
    public static final Property pmcNumber = property("pmcNumber");

    /** The 1-based position of an item among its siblings (sections in a paper, paragraphs in a section, findings in a summary). */
    public static final Property position = property("position");

    /** The publication status as written ("Published"). */
    public static final Property publicationStatus = property("publicationStatus");

    /** An entity related to an annotation's body or to a variant but not identified by the mention itself, such as the gene a variant belongs to. */
    public static final Property relatedEntity = property("relatedEntity");

    /** The type of a relation as its source writes it ("CID", "Association", "Bind"), or litlod's own ("co-occurrence", "induces"). */
    public static final Property relationType = property("relationType");

    /** The confidence the source gives a relation (PubTator3's relation score, between 0 and 1). */
    public static final Property score = property("score");

    /** How many sentences of the paper mention every entity of a relation; litlod ranks co-occurrences by it. */
    public static final Property sentenceCount = property("sentenceCount");

    /** The database the source took the document's record from, as written ("PMC"). */
    public static final Property sourceDatabase = property("sourceDatabase");

    /** The name of the input format litlod detected for a source file. */
    public static final Property sourceFormat = property("sourceFormat");

    /** The web page the source document was taken from. */
    public static final Property sourcePage = property("sourcePage");

    /** A subject area the source assigns to a paper, as written ("General Medicine"). */
    public static final Property subjectArea = property("subjectArea");

    /** The role the source gives the subject of a relation ("Chemical", "role1"). */
    public static final Property subjectRole = property("subjectRole");

    /** The supplement of a journal issue a paper or cited work appeared in, as written ("Suppl 3"). */
    public static final Property supplement = property("supplement");

    /** The text of a passage, paragraph, summary item or caption, exactly as published; selector offsets count in it. */
    public static final Property text = property("text");

    /** Links a paper to its one-sentence summary. */
    public static final Property tldr = property("tldr");
}
