//! The element names the reader treats specially, recognised without
//! allocating (ASCII case-insensitive).

/// An element name the reader knows; everything else is [`Tag::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Script,
    Style,
    Noscript,
    Svg,
    Iframe,
    Template,
    Object,
    Canvas,
    Math,
    Div,
    P,
    Span,
    A,
    Article,
    Main,
    Section,
    Nav,
    Aside,
    Footer,
    Header,
    Form,
    Figure,
    Figcaption,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Td,
    Th,
    Caption,
    Blockquote,
    Pre,
    Br,
    Hr,
    Img,
    Input,
    Button,
    Label,
    Select,
    Option,
    Textarea,
    Time,
    Address,
    Summary,
    Details,
    Legend,
    Fieldset,
    Dialog,
    Menu,
    Base,
    Col,
    Embed,
    Source,
    Track,
    Wbr,
    Area,
    Param,
    Other,
}

impl Tag {
    /// The tag for an element name as written in the page.
    pub fn from_name(name: &[u8]) -> Tag {
        let mut buf = [0u8; 10];
        if name.len() > buf.len() {
            return Tag::Other;
        }
        for (slot, byte) in buf.iter_mut().zip(name) {
            *slot = byte.to_ascii_lowercase();
        }
        match &buf[..name.len()] {
            b"html" => Tag::Html,
            b"head" => Tag::Head,
            b"body" => Tag::Body,
            b"title" => Tag::Title,
            b"meta" => Tag::Meta,
            b"link" => Tag::Link,
            b"script" => Tag::Script,
            b"style" => Tag::Style,
            b"noscript" => Tag::Noscript,
            b"svg" => Tag::Svg,
            b"iframe" => Tag::Iframe,
            b"template" => Tag::Template,
            b"object" => Tag::Object,
            b"canvas" => Tag::Canvas,
            b"math" => Tag::Math,
            b"div" => Tag::Div,
            b"p" => Tag::P,
            b"span" => Tag::Span,
            b"a" => Tag::A,
            b"article" => Tag::Article,
            b"main" => Tag::Main,
            b"section" => Tag::Section,
            b"nav" => Tag::Nav,
            b"aside" => Tag::Aside,
            b"footer" => Tag::Footer,
            b"header" => Tag::Header,
            b"form" => Tag::Form,
            b"figure" => Tag::Figure,
            b"figcaption" => Tag::Figcaption,
            b"h1" => Tag::H1,
            b"h2" => Tag::H2,
            b"h3" => Tag::H3,
            b"h4" => Tag::H4,
            b"h5" => Tag::H5,
            b"h6" => Tag::H6,
            b"ul" => Tag::Ul,
            b"ol" => Tag::Ol,
            b"li" => Tag::Li,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"dd" => Tag::Dd,
            b"table" => Tag::Table,
            b"tr" => Tag::Tr,
            b"td" => Tag::Td,
            b"th" => Tag::Th,
            b"caption" => Tag::Caption,
            b"blockquote" => Tag::Blockquote,
            b"pre" => Tag::Pre,
            b"br" => Tag::Br,
            b"hr" => Tag::Hr,
            b"img" => Tag::Img,
            b"input" => Tag::Input,
            b"button" => Tag::Button,
            b"label" => Tag::Label,
            b"select" => Tag::Select,
            b"option" => Tag::Option,
            b"textarea" => Tag::Textarea,
            b"time" => Tag::Time,
            b"address" => Tag::Address,
            b"summary" => Tag::Summary,
            b"details" => Tag::Details,
            b"legend" => Tag::Legend,
            b"fieldset" => Tag::Fieldset,
            b"dialog" => Tag::Dialog,
            b"menu" => Tag::Menu,
            b"base" => Tag::Base,
            b"col" => Tag::Col,
            b"embed" => Tag::Embed,
            b"source" => Tag::Source,
            b"track" => Tag::Track,
            b"wbr" => Tag::Wbr,
            b"area" => Tag::Area,
            b"param" => Tag::Param,
            _ => Tag::Other,
        }
    }

    /// Elements whose content is never visible text: skipped whole.
    pub fn is_invisible(self) -> bool {
        matches!(
            self,
            Tag::Script
                | Tag::Style
                | Tag::Svg
                | Tag::Iframe
                | Tag::Template
                | Tag::Object
                | Tag::Canvas
                | Tag::Noscript
                | Tag::Math
                | Tag::Textarea
                | Tag::Select
        )
    }

    /// Elements that have no content and no end tag.
    pub fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Meta
                | Tag::Link
                | Tag::Br
                | Tag::Hr
                | Tag::Img
                | Tag::Input
                | Tag::Base
                | Tag::Col
                | Tag::Embed
                | Tag::Source
                | Tag::Track
                | Tag::Wbr
                | Tag::Area
                | Tag::Param
        )
    }

    /// Elements that start a new line of text when they open or close.
    pub fn breaks_line(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Br
                | Tag::Caption
                | Tag::Dd
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Header
                | Tag::Hr
                | Tag::Li
                | Tag::Main
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Table
                | Tag::Td
                | Tag::Th
                | Tag::Tr
                | Tag::Ul
                | Tag::Title
                | Tag::Body
                | Tag::Head
                | Tag::Option
                | Tag::Button
                | Tag::Label
                | Tag::Summary
                | Tag::Details
                | Tag::Legend
                | Tag::Fieldset
                | Tag::Dialog
                | Tag::Menu
        )
    }

    /// Headings.
    pub fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// The lower-case name, for DOM paths.
    pub fn name(self) -> &'static str {
        match self {
            Tag::Html => "html",
            Tag::Head => "head",
            Tag::Body => "body",
            Tag::Title => "title",
            Tag::Meta => "meta",
            Tag::Link => "link",
            Tag::Script => "script",
            Tag::Style => "style",
            Tag::Noscript => "noscript",
            Tag::Svg => "svg",
            Tag::Iframe => "iframe",
            Tag::Template => "template",
            Tag::Object => "object",
            Tag::Canvas => "canvas",
            Tag::Math => "math",
            Tag::Div => "div",
            Tag::P => "p",
            Tag::Span => "span",
            Tag::A => "a",
            Tag::Article => "article",
            Tag::Main => "main",
            Tag::Section => "section",
            Tag::Nav => "nav",
            Tag::Aside => "aside",
            Tag::Footer => "footer",
            Tag::Header => "header",
            Tag::Form => "form",
            Tag::Figure => "figure",
            Tag::Figcaption => "figcaption",
            Tag::H1 => "h1",
            Tag::H2 => "h2",
            Tag::H3 => "h3",
            Tag::H4 => "h4",
            Tag::H5 => "h5",
            Tag::H6 => "h6",
            Tag::Ul => "ul",
            Tag::Ol => "ol",
            Tag::Li => "li",
            Tag::Dl => "dl",
            Tag::Dt => "dt",
            Tag::Dd => "dd",
            Tag::Table => "table",
            Tag::Tr => "tr",
            Tag::Td => "td",
            Tag::Th => "th",
            Tag::Caption => "caption",
            Tag::Blockquote => "blockquote",
            Tag::Pre => "pre",
            Tag::Br => "br",
            Tag::Hr => "hr",
            Tag::Img => "img",
            Tag::Input => "input",
            Tag::Button => "button",
            Tag::Label => "label",
            Tag::Select => "select",
            Tag::Option => "option",
            Tag::Textarea => "textarea",
            Tag::Time => "time",
            Tag::Address => "address",
            Tag::Summary => "summary",
            Tag::Details => "details",
            Tag::Legend => "legend",
            Tag::Fieldset => "fieldset",
            Tag::Dialog => "dialog",
            Tag::Menu => "menu",
            Tag::Base => "base",
            Tag::Col => "col",
            Tag::Embed => "embed",
            Tag::Source => "source",
            Tag::Track => "track",
            Tag::Wbr => "wbr",
            Tag::Area => "area",
            Tag::Param => "param",
            Tag::Other => "*",
        }
    }
}
