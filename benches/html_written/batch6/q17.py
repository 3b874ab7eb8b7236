"""q17 -- Portuguese (Brazil). Regional news portal built on Next.js (CSS-module
hashed class names, story also serialised in __NEXT_DATA__). Long article on a
drought and water rationing, about 1,000 words, with four subheadings and a
bulleted list of advice.

Furniture: LGPD cookie bar, header with state menu and "Ao vivo" link, editoria
label, headline, "linha fina" (subtitle), byline with "Atualizado há" time,
share buttons (WhatsApp, Facebook, X, Telegram, copiar link), a "Publicidade"
slot, tags ("Assuntos"), "Mais lidas", "Últimas notícias" river with times,
footer with "Expediente".

Failure kinds: after paragraph 4 an inline "Leia também" teaser list (three
links with hat labels); after paragraph 7 a video player block (title,
duration, "Assista" button, "Transcrição" teaser with the first lines of the
video's speech and "Ler transcrição completa") -- the article then goes on
for more than half its length (three subheadings, nine paragraphs, a list).

Gold choices: the subheadings and the advice list (and its lead-in sentence)
are gold; the linha fina, the Leia também list, the video title, duration and
transcript teaser (even though it quotes a resident), the "Publicidade" label
and the photo caption are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(1717)

TITLE = "Represa do Jacuburi chega a 9% e Santa Albertina da Serra terá rodízio de água a partir de quinta"
SUB = "Cidade será dividida em quatro setores, com 36 horas de abastecimento e 36 horas de rede fechada; decreto proíbe lavar calçadas com mangueira"

TEXT = """
A represa do Jacuburi, que abastece cerca de 140 mil moradores de Santa Albertina da Serra, chegou nesta segunda-feira (14) a 9,3% da capacidade, o menor nível desde o início do monitoramento, em 1987. Com o volume em queda há 11 semanas seguidas, a prefeitura e a companhia municipal de saneamento anunciaram um rodízio no fornecimento de água que começa já na quinta-feira e deve durar, no mínimo, até o fim de outubro.

Pelo plano, a cidade foi dividida em quatro setores. Cada um ficará 36 horas com abastecimento normal e 36 horas com a rede fechada, em ciclos que se alternam. Hospitais, unidades básicas de saúde, escolas e o presídio regional ficam fora do rodízio e serão atendidos por uma linha exclusiva ou por caminhões-pipa.

"Não é uma decisão que alguém toma com tranquilidade. Mas, se não fizermos isso agora, em setembro não teremos o que distribuir", afirmou a prefeita Heloísa Mendanha em entrevista coletiva na sede da Companhia de Saneamento de Santa Albertina (Cosasa).

Segundo a Cosasa, o consumo médio na cidade é de 410 litros por segundo. A represa recebe hoje pouco mais de 120 litros por segundo dos córregos que a alimentam, menos de um terço do que entrava no mesmo período do ano passado.

## Chuva abaixo da média pelo terceiro ano

A crise não começou neste inverno. Dados da estação meteorológica mantida pela Universidade Regional do Alto Jacuburi (Unirja) mostram que a chuva acumulada entre outubro e março ficou 38% abaixo da média histórica, depois de dois períodos chuvosos que já haviam sido fracos. Em janeiro, mês em que a represa costuma encher, choveu 96 milímetros, contra uma média de 270.

Para a hidróloga Marina Figueiró, professora da Unirja que acompanha a bacia há quase duas décadas, a falta de chuva explica boa parte do problema, mas não tudo. "A represa foi projetada para uma cidade de 80 mil habitantes. A população quase dobrou, a área irrigada em volta da bacia triplicou, e a capacidade de reservação continua a mesma", disse.

Ela lembra que um estudo encomendado pela própria companhia em 2016 já recomendava a construção de um segundo reservatório no Córrego das Antas, a 14 quilômetros do centro. O projeto chegou a receber licença ambiental prévia, mas nunca saiu do papel.

## Fila por galão na Vila Candeias

Nos bairros mais altos da cidade, o rodízio oficial só vai formalizar o que os moradores já vivem há semanas. Na Vila Candeias, na zona norte, a água deixou de chegar às caixas durante a tarde desde o início de julho, porque a pressão da rede não é suficiente para vencer a subida.

A aposentada Iracema Botelho, de 71 anos, conta que passou a acordar às quatro da manhã para encher baldes e panelas enquanto ainda há água na torneira. "Depois das oito não cai mais nada. Lavo roupa de madrugada, tomo banho de caneca. Quem trabalha fora e chega à noite fica sem", diz.

Na sexta-feira passada, um caminhão-pipa enviado pela prefeitura estacionou na praça da igreja do bairro e formou uma fila de mais de cem pessoas com galões, baldes e até garrafas PET. O motorista, que pediu para não ser identificado, disse que a carga de 10 mil litros acabou em pouco mais de uma hora.

O presidente da associação de moradores, Edivaldo Quirino, afirma que o bairro pediu à companhia, ainda em junho, a instalação de uma bomba de reforço na estação elevatória da Rua das Acácias. "Responderam que estava em licitação. Enquanto isso, a gente é o primeiro a ficar sem e o último a voltar a ter", critica.

## O que muda para o morador

A Cosasa publicou no site e nas redes sociais um mapa com os quatro setores do rodízio e os horários de abertura e fechamento de cada um. A companhia orienta os moradores a:

- manter a caixa-d'água tampada e limpa, para armazenar o máximo possível nos dias de abastecimento;
- não usar mangueira para lavar calçadas, quintais e carros, o que passa a ser proibido por decreto a partir de quinta-feira, com multa de R$ 350;
- verificar vazamentos em descargas e torneiras antes do início do rodízio;
- procurar a companhia pelo telefone 115 em caso de falta de água fora do horário previsto.

O decreto também suspende, por 90 dias, a emissão de novas outorgas para captação de água nos córregos da bacia e limita o funcionamento de lava-jatos a três dias por semana. Indústrias que consomem mais de 500 metros cúbicos por mês terão de apresentar um plano de redução de 20% em até 15 dias.

## Obras emergenciais

Além do rodízio, a prefeitura anunciou a perfuração de seis poços profundos em áreas públicas e a contratação emergencial de uma adutora provisória que vai captar água do Rio Pardinho, a 9 quilômetros da estação de tratamento. O diretor técnico da Cosasa, Rodrigo Tavolaro, estima que a adutora possa acrescentar até 90 litros por segundo ao sistema.

"É uma solução cara e que não resolve o problema de fundo, mas nos dá margem para atravessar a estiagem", disse Tavolaro. A obra está orçada em R$ 18,4 milhões e, segundo ele, deve ficar pronta em cerca de 60 dias, se não houver contestação na licitação emergencial.

Sobre a segunda represa, a prefeita afirmou que o município vai retomar o projeto do Córrego das Antas e buscar financiamento junto ao governo estadual. Não há, por enquanto, data para o início das obras.

A Câmara Municipal convocou para a próxima terça-feira (22) uma audiência pública sobre a crise hídrica. O vereador Anselmo Trindade, que preside a comissão de obras, quer que a companhia explique por que as perdas na rede, estimadas em 41% da água tratada, não diminuíram nos últimos cinco anos, apesar de um programa de troca de tubulações iniciado em 2019.

"Antes de pedir sacrifício à população, a companhia precisa mostrar que está fazendo a parte dela", disse o vereador. A Cosasa informou que vai apresentar na audiência os números do programa de redução de perdas.
"""

spec = body_from(TEXT)

C = {k: "%s_%s__%s" % (k.split("-")[0], k.split("-")[1][0].lower() + k.split("-")[1][1:], "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(5)))
     for k in ["Article-body", "Article-paragraph", "Article-intertitle", "Article-list", "ReadAlso-box", "ReadAlso-item",
               "Video-player", "Video-transcript", "Ad-slot", "Header-root", "Share-bar", "MostRead-list", "Latest-item",
               "Article-header", "Article-hat", "Article-byline", "Footer-root", "Tags-root", "Figure-caption"]}

leia = [("Estiagem", "Com lavouras secas, produtores do Alto Jacuburi pedem renegociação de dívidas"),
        ("Saúde", "Calor e ar seco lotam pronto-atendimentos; veja como se proteger"),
        ("Meio ambiente", "Queimadas na Serra do Cotovelo já consumiram 2,3 mil hectares em agosto")]
leia_html = ('<aside class="%s" data-component="read-also"><span class="%s">Leia também</span><ul>%s</ul></aside>' % (
    C["ReadAlso-box"], C["Article-hat"],
    "".join('<li class="%s"><a href="/regiao/noticia/2025/07/%s.ghtml"><span class="%s">%s</span>%s</a></li>' % (
        C["ReadAlso-item"], slug(t), C["Article-hat"], esc(h), esc(t)) for h, t in leia)))

video_html = ('<div class="%s" data-component="video" data-video-id="13887421"><div class="%s__poster">'
              '<img src="https://img.valeonline.example/v/13887421/poster.jpg" alt=""><button aria-label="Assista">Assista</button>'
              '<span class="%s__duration">3:42</span></div>'
              '<h3 class="%s__title">VÍDEO: Moradores da Vila Candeias enfrentam fila por água de caminhão-pipa</h3>'
              '<div class="%s"><strong>Transcrição</strong><p>Repórter: São seis da manhã e a fila já dobra a esquina da praça. '
              'Moradora: A gente vem cedo porque se chegar depois das sete não pega mais. Tenho dois netos em casa...</p>'
              '<button type="button">Ler transcrição completa</button></div></div>') % (
    C["Video-player"], C["Video-player"], C["Video-player"], C["Video-player"], C["Video-transcript"])

ad_html = '<div class="%s" data-ad="rectangle_2"><span>Publicidade</span><div id="banner-rectangle-2"></div></div>' % C["Ad-slot"]

spec.insert(4, ("raw", leia_html))
# after "Ela lembra..." paragraph (index 8 after insert: 4 p + leia + h2 + 3 p)
spec.insert(9, ("raw", video_html))
spec.insert(14, ("raw", ad_html))

body_html, gold = render(spec, {"p": '<p class="%s">{}</p>' % C["Article-paragraph"],
                                "h2": '<h2 class="%s">{}</h2>' % C["Article-intertitle"],
                                "ul": '<ul class="%s">{items}</ul>' % C["Article-list"]})

maislidas = ["Homem é preso após perseguição que terminou em capotamento na BR do Cotovelo",
             "Concurso da prefeitura de Santa Albertina abre 212 vagas; salários chegam a R$ 9 mil",
             "Festival de inverno de Pedra Lisa divulga programação com 40 shows gratuitos",
             "Mega-Sena acumula e prêmio pode chegar a R$ 60 milhões no sábado",
             "Frente fria deve derrubar temperaturas no fim de semana, diz meteorologista da Unirja"]
ultimas = [("há 12 minutos", "Câmara aprova reajuste da tarifa de ônibus em Vale do Turvo"),
           ("há 40 minutos", "Acidente entre carreta e ônibus deixa feridos na rodovia do Jacuburi"),
           ("há 1 hora", "Hospital regional abre mutirão de cirurgias de catarata"),
           ("há 2 horas", "Time de vôlei de Santa Albertina vence e vai à final estadual")]

next_data = {"props": {"pageProps": {"story": {"id": "8f2c1a90", "title": TITLE, "subtitle": SUB,
             "section": "Região", "authors": ["Camila Prudente"], "published": "2025-07-14T19:05:00-03:00",
             "body": [{"type": t, "content": strip(p) if isinstance(p, str) else [strip(x) for x in p]} for t, p in spec if t != "raw"]}},
             "__N_SSP": True}, "page": "/[section]/noticia/[...slug]", "query": {}, "buildId": "v3xK2mQpL9", "isFallback": False}

css = css_blob([v.split("__")[0] for v in C.values()], 380, 17171)
js = js_blob(17172, 80, "vo")

page = """<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Vale Online</title>
<meta name="description" content="{sub}">
<link rel="preload" href="/_next/static/css/9a1c22e0f3.css" as="style">
<style data-n-href="/_next/static/css/9a1c22e0f3.css">{css}</style>
{ld}
</head>
<body>
<div id="__next">
<div class="{c[Header-root]}">
<header><a href="/" class="{c[Header-root]}__logo" aria-label="Vale Online - página inicial"><svg width="140" height="32"><use href="#icon-logo"/></svg></a>
<nav aria-label="Editorias"><ul><li><a href="/regiao/">Região</a></li><li><a href="/politica/">Política</a></li><li><a href="/economia/">Economia</a></li><li><a href="/agro/">Agro</a></li><li><a href="/esporte/">Esporte</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/ao-vivo/">Ao vivo</a></li></ul></nav>
<button aria-label="Buscar">Buscar</button><a href="/assine/">Assine</a><a href="/entrar/">Entrar</a></header>
</div>
<main>
<article>
<header class="{c[Article-header]}">
<a class="{c[Article-hat]}" href="/regiao/">Região</a>
<h1>{title}</h1>
<h2 class="{c[Article-header]}__linhafina">{sub}</h2>
<div class="{c[Article-byline]}"><p>Por <a href="/autores/camila-prudente/">Camila Prudente</a>, Vale Online — Santa Albertina da Serra</p>
<time datetime="2025-07-14T19:05:00-03:00">14/07/2025 19h05</time> <span>Atualizado há 2 horas</span></div>
<div class="{c[Share-bar]}"><a href="https://api.whatsapp.example/send?text=represa">WhatsApp</a><a href="https://facebook.example/sharer">Facebook</a><a href="https://x.example/intent/post">X</a><a href="https://t.me.example/share">Telegram</a><button type="button">Copiar link</button></div>
</header>
<figure><img src="https://img.valeonline.example/2025/07/14/represa-jacuburi.jpg" alt="Represa do Jacuburi com margens secas" width="1200" height="675">
<figcaption class="{c[Figure-caption]}">Margens expostas da represa do Jacuburi nesta segunda-feira (14) — Foto: Lucas Andrade Neves/Vale Online</figcaption></figure>
<div class="{c[Article-body]}" data-testid="article-body">
{body}
</div>
<div class="{c[Tags-root]}"><span>Assuntos</span><a href="/tudo-sobre/crise-hidrica/">Crise hídrica</a><a href="/tudo-sobre/santa-albertina-da-serra/">Santa Albertina da Serra</a><a href="/tudo-sobre/cosasa/">Cosasa</a></div>
</article>
<section class="{c[MostRead-list]}"><h2>Mais lidas</h2><ol>{mais}</ol></section>
<section><h2>Últimas notícias</h2><ul>{ult}</ul></section>
</main>
<footer class="{c[Footer-root]}"><nav><a href="/expediente/">Expediente</a><a href="/fale-conosco/">Fale conosco</a><a href="/anuncie/">Anuncie</a><a href="/privacidade/">Política de privacidade</a><a href="/termos/">Termos de uso</a></nav>
<p>© 2025 Vale Online. Todos os direitos reservados. Editora Serra Alta Ltda. — CNPJ 00.000.000/0001-00</p></footer>
<div class="{c[Footer-root]}__lgpd" role="dialog"><p>Usamos cookies para personalizar conteúdo e anúncios e analisar nosso tráfego. Ao continuar navegando, você concorda com a nossa <a href="/privacidade/">Política de Privacidade</a>.</p><button>Aceitar</button><button>Configurar</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script>
<script>{js}</script>
</body>
</html>
""".format(title=esc(TITLE), sub=esc(SUB), css=css, js=js, c=C, body=body_html,
           ld=ld_article(TITLE, "Camila Prudente", "2025-07-14T19:05:00-03:00", "Vale Online", section="Região", lang="pt-BR"),
           mais="".join('<li><a href="/regiao/noticia/%s.ghtml"><span>%d</span>%s</a></li>' % (slug(t), i + 1, esc(t)) for i, t in enumerate(maislidas)),
           ult="".join('<li class="%s"><time>%s</time><a href="/regiao/noticia/%s.ghtml">%s</a></li>' % (C["Latest-item"], w, slug(t), esc(t)) for w, t in ultimas),
           nd=json_state(next_data))

save("q17", page, gold)
