# q18: Brazilian news portal (Globo-like "content-text" blocks), "LEIA TAMBÉM" link lists, WhatsApp channel line,
# embedded video, bullet list inside body (gold), "VÍDEOS" and "mais lidas" rails.
import random
from common import *
rnd = random.Random(1818)
SITE = "Portal Vale Notícias"
HEAD = "Vagão de trem abandonado vira biblioteca comunitária em Santa Rita do Arapuã"
SUB = "Projeto de moradores recuperou vagão de passageiros dos anos 1960 e reúne 4 mil livros doados. Espaço abre de terça a domingo."

def ct(t): return f'<div class="wall protected-content"><p class="content-text__container theme-color-primary-first-letter" data-track-category="Link no Texto" data-track-links="">{t}</p></div>'
leia = ('raw', '<div class="content-unordered-list"><p class="content-text__container"><strong>LEIA TAMBÉM:</strong></p><ul><li><a href="https://valenoticias.example/sp/regiao/noticia/2024/03/02/estacao-ferroviaria-de-arapua-sera-restaurada.ghtml">Estação ferroviária de Arapuã será restaurada</a></li><li><a href="https://valenoticias.example/sp/regiao/noticia/2024/02/11/feira-do-livro-bate-recorde.ghtml">Feira do livro da região bate recorde de público</a></li></ul></div>')
body = [
    ('p', "Um vagão de passageiros que passou mais de 30 anos abandonado em um desvio da antiga linha férrea de Santa Rita do Arapuã, no interior de São Paulo, ganhou uma nova vida: desde o último sábado (16), ele funciona como biblioteca comunitária."),
    ('p', "O projeto foi idealizado por um grupo de moradores do bairro Vila Ferroviária, onde muitas famílias descendem de antigos funcionários da ferrovia. Durante dois anos, voluntários retiraram a ferrugem, trocaram o assoalho, instalaram janelas novas e adaptaram o interior com estantes, mesas e um pequeno espaço para contação de histórias."),
    ('p', "“Meu avô trabalhou nessa linha a vida inteira. Ver esse vagão cheio de criança lendo é uma emoção que eu não sei explicar”, disse a professora aposentada Maria Aparecida Toledo, de 67 anos, uma das coordenadoras do projeto."),
    leia,
    ('raw', '<div class="content-video"><div class="video-player" data-video-id="12398811"><img src="https://s.valenoticias.example/video/12398811.jpg" alt=""><span class="video-duration">02:17</span></div><div class="content-video__caption">Vagão abandonado vira biblioteca em Santa Rita do Arapuã</div></div>'),
    ('h2', "4 mil livros doados"),
    ('p', "O acervo, com cerca de 4 mil livros, foi formado inteiramente por doações de moradores, escolas e de uma livraria da capital que fechou as portas no ano passado. Há obras de literatura infantil, romances, livros didáticos e uma seção dedicada à história da ferrovia na região, com fotografias e documentos cedidos por ex-ferroviários."),
    ('p', "Segundo a associação de moradores, o custo total da reforma foi de aproximadamente R$ 85 mil, arrecadados por meio de rifas, festas juninas e uma vaquinha on-line. A prefeitura cedeu o terreno e fez a ligação de energia elétrica."),
    ('p', "O vagão foi transferido do desvio onde estava para uma praça do bairro com a ajuda de um guindaste emprestado por uma empresa da cidade, em uma operação que durou quase um dia inteiro e reuniu dezenas de curiosos."),
    ('raw', '<p class="content-text__container"><a href="https://whatsapp.example/channel/valenoticias">📲 Participe do canal do Portal Vale Notícias no WhatsApp</a></p>'),
    ('h2', "Como funciona"),
    ('p', "A biblioteca é administrada por voluntários e os empréstimos são gratuitos. Para retirar livros, basta apresentar um documento com foto e comprovante de endereço. Confira os horários:"),
    ('ul', ["Terça a sexta-feira: das 14h às 19h", "Sábado: das 9h às 17h", "Domingo: das 9h às 12h, com contação de histórias às 10h"]),
    ('p', "Os organizadores afirmam que ainda precisam de voluntários, principalmente para o turno da tarde durante a semana, e aceitam doações de livros em bom estado."),
    ('p', "“A ideia é que o vagão seja mais que uma biblioteca. Queremos oficinas de escrita, clube de leitura para idosos e sessões de cinema no fim de semana”, afirmou o presidente da associação, Rogério Nakamura."),
    ('p', "A prefeitura de Santa Rita do Arapuã informou, em nota, que estuda incluir a biblioteca no roteiro turístico do município, que já conta com a antiga estação ferroviária, atualmente em restauração."),
]
parts, gold = [], []
for k, v in body:
    if k == 'p': parts.append(ct(v)); gold.append(strip(v))
    elif k == 'h2': parts.append(f'<div class="content-intertitle"><h2>{v}</h2></div>'); gold.append(strip(v))
    elif k == 'ul': parts.append('<div class="content-unordered-list"><ul>' + "".join(f"<li>{x}</li>" for x in v) + '</ul></div>'); gold += [strip(x) for x in v]
    else: parts.append(v)
body_html = "\n".join(f'<div class="mc-column content-text active-extra-styles">{p}</div>' if not p.startswith('<div class="content-') else p for p in parts)

videos = ["VÍDEOS: mais assistidos do Vale Notícias", "Motorista fica preso em ponte alagada e é resgatado", "Onça-parda é flagrada em fazenda da região",
          "Festival de viola reúne 5 mil pessoas", "Chuva de granizo atinge cidades do interior", "Previsão do tempo: frente fria chega no fim de semana"]
vid_html = "".join(f'<div class="video-item"><a href="/videos/{slug(v)}"><img src="/v/{i}.jpg" alt=""><span class="video-item__title">{esc(v)}</span></a></div>' for i, v in enumerate(videos[1:]))
lidas = make_headlines(rnd, ["Prefeitura", "Polícia", "Motorista", "Escola", "Hospital", "Câmara", "Feira", "Produtor rural"],
                       ["anuncia", "investiga", "suspende", "inaugura", "amplia", "cancela"],
                       ["novo concurso", "obras na rodovia", "festa do peão", "vacinação contra a gripe", "horário de ônibus", "mutirão de catarata", "coleta de lixo"], 20)
lidas_html = "".join(f'<li class="mais-lidas__item"><span class="mais-lidas__pos">{i+1}</span><a href="/noticia/{slug(t)}.ghtml">{esc(t)}</a></li>' for i, t in enumerate(lidas[:10]))
feed_html = "".join(f'<div class="feed-post bstn-item-shape type-materia"><div class="feed-post-body"><div class="feed-post-header"><span class="feed-post-header-chapeu">Região</span></div><div class="feed-post-body-title"><a href="/noticia/{slug(t)}.ghtml" class="feed-post-link">{esc(t)}</a></div><div class="feed-post-metadata"><span class="feed-post-datetime">Há {rnd.randint(1,23)} horas</span></div></div></div>' for t in lidas[10:])

css = css_blob(["content-text", "content-media", "feed-post", "mc-column", "header-menu", "mais-lidas", "bstn", "video-item", "theme-color"], 560, 1818)
js = js_blob(18181, 120, "cdaaas")
doc = f'''<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>{esc(HEAD)} | Região | {SITE}</title>
<meta name="description" content="{esc(SUB)}">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:description" content="{esc(SUB)}"><meta property="og:type" content="article"><meta property="og:locale" content="pt_BR">
<meta property="og:image" content="https://s.valenoticias.example/2024/03/vagao-biblioteca.jpg"><meta property="article:published_time" content="2024-03-18T06:01:12.301Z"><meta property="article:section" content="Região">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "alternativeHeadline": SUB, "datePublished": "2024-03-18T06:01:12.301Z", "author": [{"@type": "Person", "name": "Letícia Andrade"}], "publisher": {"@type": "Organization", "name": SITE}, "inLanguage": "pt-BR"})}</script>
<script>window.cdaaas={{SETTINGS:{{"TENANT":"valenoticias","SECTION":"regiao","CONTENT_TYPE":"materia","ADS":{{"PATH":"/95377733/tvg_VN.regiao/materia"}}}}}};</script>
<style>{css}</style>
<script>{js}</script>
</head>
<body class="theme-regiao">
<div id="barra-globo" class="barra"><a href="/">{SITE}</a> <a href="/esporte">esporte</a> <a href="/entretenimento">entretenimento</a> <a href="/play">play</a></div>
<header class="header-menu"><button class="header-menu__button">MENU</button><a class="header-menu__logo" href="/regiao">Vale Notícias Região</a><form class="header-menu__search" action="/busca"><input type="search" name="q" placeholder="BUSCAR"></form><a href="/login">ENTRE</a></header>
<div class="banner-publicidade"><span>PUBLICIDADE</span><div id="banner_materia_topo"></div></div>
<main id="glb-corpo-principal">
<div class="mc-article-header">
<div class="mc-column content-head"><div class="title"><h1 class="content-head__title" itemprop="headline">{esc(HEAD)}</h1></div><div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">{esc(SUB)}</h2></div></div>
<div class="mc-column content-publication-data"><p class="content-publication-data__from">Por <a href="/autor/leticia-andrade">Letícia Andrade</a>, Portal Vale Notícias — Santa Rita do Arapuã (SP)</p><p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2024-03-18T06:01:12.301Z">18/03/2024 03h01</time> · Atualizado há 2 dias</p></div>
<div class="content-share"><a href="#">Compartilhar no Facebook</a><a href="#">Compartilhar no X</a><a href="#">Compartilhar no WhatsApp</a><a href="#">Compartilhar por e-mail</a></div>
</div>
<article itemprop="articleBody" class="mc-article-body">
<div class="mc-column content-media content-media__image"><figure><img src="https://s.valenoticias.example/2024/03/vagao-biblioteca.jpg" alt="Vagão reformado em praça" width="1280" height="720"><figcaption class="content-media__description"><span>Vagão dos anos 1960 foi reformado por moradores e transformado em biblioteca — Foto: Letícia Andrade/Portal Vale Notícias</span></figcaption></figure></div>
{body_html}
<div class="banner-publicidade"><span>PUBLICIDADE</span><div id="banner_materia_meio"></div></div>
<div class="mc-column content-text"><div class="videos-mais-assistidos"><h3>{esc(videos[0])}</h3>{vid_html}</div></div>
</article>
<div class="mc-column entities"><ul class="entities__list"><li><a href="/tag/bibliotecas">bibliotecas</a></li><li><a href="/tag/santa-rita-do-arapua">Santa Rita do Arapuã</a></li><li><a href="/tag/ferrovia">ferrovia</a></li></ul></div>
<section class="mais-lidas"><h2>Mais lidas</h2><ol>{lidas_html}</ol></section>
<section class="bstn-fd"><h2>Veja também</h2>{feed_html}</section>
</main>
<footer class="footer"><ul><li><a href="/principios-editoriais">Princípios editoriais</a></li><li><a href="/politica-de-privacidade">Política de privacidade</a></li><li><a href="/termos">Termos de uso</a></li><li><a href="/fale-conosco">Fale conosco</a></li><li><a href="/anuncie">Anuncie conosco</a></li></ul><p>© Copyright 2000-2024 Portal Vale Notícias. Todos os direitos reservados.</p></footer>
</body>
</html>
'''
save("q18", doc, gold)
