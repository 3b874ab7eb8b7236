"""q17 - Portuguese (Brazil), news portal's regional page.

Storm story with a video player (title, description) in the body, a
bulleted list of neighbourhoods (gold), "LEIA TAMBÉM" link lists and
"VÍDEOS" teasers (not gold), ad labels, "Veja também" feed and footer.
"""
import random
from common import *

PID = "q17"
rnd = random.Random(417)

HEADLINE = "Temporal derruba árvores e deixa 40 mil imóveis sem energia em Itaparé"
SUB = "Chuva forte com rajadas de vento atingiu a cidade no fim da tarde desta segunda-feira (18). Defesa Civil registrou 63 ocorrências."

TEXT1 = """
Um temporal com chuva forte e rajadas de vento de até 78 km/h derrubou árvores, destelhou casas e deixou cerca de 40 mil imóveis sem energia elétrica em Itaparé no fim da tarde desta segunda-feira (18), segundo a distribuidora de energia da região.

De acordo com a Defesa Civil municipal, foram registradas 63 ocorrências entre as 17h e as 21h, a maioria de quedas de árvores sobre a rede elétrica e sobre veículos. Não houve registro de feridos.
"""

TEXT2 = """
A chuva durou pouco mais de 40 minutos, mas o volume acumulado chegou a 58 milímetros no bairro Jardim Primavera, o equivalente a quase um terço do esperado para todo o mês de março, segundo o Centro de Monitoramento do município.

Segundo a Defesa Civil, os bairros mais atingidos foram:

- Jardim Primavera
- Vila Operária
- Parque das Palmeiras
- Centro
- Morro do Cruzeiro

Na Avenida Getúlio Bastos, uma das principais da cidade, uma árvore de grande porte caiu sobre dois carros estacionados e bloqueou as duas faixas no sentido bairro-centro por cerca de três horas.

A distribuidora informou que 170 equipes trabalham para restabelecer o fornecimento e que, até as 7h desta terça-feira (19), a energia havia voltado para 31 mil clientes. A previsão é que o serviço seja totalmente normalizado até o fim do dia.

A coordenadora da Defesa Civil, Patrícia Nogueira, orientou os moradores a não se aproximarem de fios caídos e a acionarem o órgão pelo telefone 199 em caso de emergência. "Mesmo que o fio pareça desligado, ele pode estar energizado. A orientação é manter distância e chamar as equipes", disse.

A previsão do tempo indica a possibilidade de novas pancadas de chuva com raios no fim da tarde dos próximos dias.
"""

leia1 = ('<div class="mc-column content-text"><div class="leia-tambem"><p class="leia-tambem__title">LEIA TAMBÉM:</p><ul>'
         '<li><a href="/sp/itapare/noticia/2024/03/15/chuva-alaga-ruas-do-centro.ghtml">Chuva alaga ruas do Centro e arrasta carros em Itaparé</a></li>'
         '<li><a href="/sp/itapare/noticia/2024/03/10/previsao-marco-chuvoso.ghtml">Março deve terminar com chuva acima da média, diz meteorologia</a></li></ul></div></div>')
video = ('<div class="content-video"><div class="video-player" data-video-id="12440871"><img src="/thumb/12440871.jpg" alt=""><button class="play">Assistir</button><span class="video-duration">01:32</span></div>'
         '<div class="content-video__title">Vídeo mostra árvore caindo sobre carros na Avenida Getúlio Bastos</div>'
         '<div class="content-video__description">Imagens foram gravadas por um morador durante o temporal desta segunda-feira.</div></div>')
body = body_from(TEXT1) + [("raw", video), ("raw", leia1)] + body_from(TEXT2)
body.insert(7, ("raw", '<div class="content-ads"><span class="content-ads__label">PUBLICIDADE</span><div id="banner_materia1"></div></div>'))
body_html, gold = render(body, {"p": '<div class="mc-column content-text"><p class="content-text__container">{}</p></div>',
                                "ul": '<div class="mc-column content-unordered-list"><ul>{items}</ul></div>'})

videos = ["Bom dia, Itaparé: veja a edição completa desta terça", "Moradores limpam ruas após temporal", "Previsão do tempo para a região"]
vejatb = [("Polícia prende suspeito de furtar cabos de energia na zona norte", "Homem foi detido com 80 metros de fio em um carro."),
          ("Prefeitura abre inscrições para cursos gratuitos de qualificação", "São 600 vagas em áreas como informática e gastronomia."),
          ("Festa do Peão de Itaparé terá shows gratuitos; veja programação", "Evento começa no dia 4 de abril no parque municipal.")]
veja_html = "".join('<div class="feed-post"><a class="feed-post-link" href="/sp/itapare/noticia/2024/03/%s.ghtml">%s</a><div class="feed-post-body-resumo">%s</div><span class="feed-post-datetime">Há %d horas</span></div>'
                    % (slug(h), esc(h), esc(r), rnd.randint(2, 12)) for h, r in vejatb)

page = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} | Itaparé e Região | Portal Vale Notícias</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(SUB)}">
<style>{css_blob(["mc-column", "content-text", "content-head", "feed-post", "content-video", "header-menu", "footer", "leia-tambem", "content-ads"], 420, 4171)}</style>
{ld_article(HEADLINE, "Redação Vale Notícias", "2024-03-19T07:41:00-03:00", "Portal Vale Notícias", section="Itaparé e Região", lang="pt-BR")}
<script>{js_blob(4172, 150, "valeNoticias")}</script>
</head>
<body>
<header class="header"><button class="header-menu">MENU</button><a class="header-logo" href="/">Vale Notícias</a><a class="header-editoria" href="/sp/itapare/">Itaparé e Região</a>
<form class="header-search"><input type="search" placeholder="BUSCAR"></form><a href="/login">Entrar</a></header>
<nav class="menu" hidden><ul>{link_items(["Agro", "Economia", "Educação", "Política", "Saúde", "Ciência", "Tecnologia", "Mundo", "Pop & Arte", "Esportes", "Jornais locais", "Podcasts"], prefix="/")}</ul></nav>
<div class="content-ads content-ads--top"><span class="content-ads__label">PUBLICIDADE</span></div>
<main>
<div class="content-head"><h1 class="content-head__title">{esc(HEADLINE)}</h1><h2 class="content-head__subtitle">{esc(SUB)}</h2></div>
<div class="content-publication-data"><p class="content-publication-data__from">Por <a href="/autor/redacao">Redação Vale Notícias</a>, Itaparé</p>
<p class="content-publication-data__updated"><time datetime="2024-03-19T07:41:00-03:00">19/03/2024 07h41</time> &middot; Atualizado há 3 horas</p></div>
<div class="content-share"><a href="#">Compartilhar no Facebook</a><a href="#">Compartilhar no WhatsApp</a><a href="#">Compartilhar no X</a><a href="#">Copiar link</a></div>
<article itemprop="articleBody" class="mc-article-body">
<figure class="content-media"><img src="/img/2024/03/arvore-caida.jpg" alt=""><figcaption class="content-media__description">Árvore caiu sobre carros na Avenida Getúlio Bastos, em Itaparé &mdash; Foto: Caio Menezes/Vale Notícias</figcaption></figure>
{body_html}
</article>
<div class="videos-rel"><h3>VÍDEOS: veja mais notícias da região</h3><ul>{link_items(videos, prefix="/sp/itapare/video/")}</ul></div>
<div class="entities"><span>Tópicos</span>{link_items(["Itaparé", "Chuva", "Defesa Civil", "Energia"], item='<a href="{href}">{text}</a>', prefix="/tudo-sobre/")}</div>
<section class="feed"><h2>Veja também</h2>{veja_html}</section>
</main>
<footer class="footer"><ul>{link_items(["Agro", "Economia", "Educação", "Política", "Saúde", "Esportes", "Pop & Arte", "Tecnologia", "Mundo"], prefix="/")}</ul>
<ul>{link_items(["Princípios editoriais", "Política de privacidade", "Minha conta", "Anuncie conosco", "Trabalhe conosco", "Fale conosco"], prefix="/institucional/")}</ul>
<p>&copy; Copyright 2000-2024 Vale Comunicação S.A.</p></footer>
<script>{js_blob(4173, 50, "player")}</script>
</body></html>"""

save(PID, page, gold)
