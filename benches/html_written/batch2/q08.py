# q08: food blog post (WordPress + recipe-card plugin-like markup): long personal story, tips, then recipe card.
# Gold = the post's story/tips prose (incl. its headings and bullet lists); NOT the structured recipe card.
import random
from common import *
rnd = random.Random(808)
SITE = "The Crumb Ledger"
HEAD = "Grandma Ruth’s Rhubarb Crumb Cake"

AD = lambda: ('raw', '<div class="adthrive-ad adthrive-content" data-google-query-id=""><div class="ad-label">Advertisement</div></div>')
body = [
    ('p', "There is a photograph on my refrigerator of my grandmother Ruth standing in her garden in Oswell Falls, squinting into the sun, holding a bundle of rhubarb stalks like a bouquet. She is wearing the green cardigan she wore every spring for as long as I can remember, and she looks slightly annoyed that someone is taking her picture when there is work to be done."),
    ('p', "That rhubarb patch was older than my mother. It grew along the back fence, next to the compost bins, and every May it exploded into enormous leaves that my brother and I were told, in no uncertain terms, never to eat. (They are poisonous. Grandma Ruth made sure we knew it, usually while pointing a paring knife at us for emphasis.)"),
    ('p', "The stalks, though, were fair game. We would pull them, rinse them under the garden hose, and dip the ends in a cup of sugar she kept on the porch for exactly that purpose. I can still feel the way my whole face puckered."),
    AD(),
    ('h2', "The cake that marked the start of summer"),
    ('p', "But the real event was the crumb cake. Once the first big harvest came in, Grandma Ruth would bake one on a Saturday morning, and by the afternoon half the neighbourhood seemed to know about it. It was not a fancy cake. She baked it in a dented 9x13 pan, and she never once took it out of the pan to serve it. You cut a square, lifted it out with a spatula, and ate it standing up in the kitchen, because that was how it was done."),
    ('p', "The cake itself was tender and a little tangy from buttermilk, with a thick layer of sliced rhubarb in the middle and a crumb topping so generous that it was almost a second cake on top of the first. There was cinnamon in the crumb, and a little orange zest in the batter, which she said was her own idea and which I have never seen in anyone else’s recipe."),
    ('p', "She never wrote it down. When I asked her for it, the summer before I left for college, she recited it from memory while I scribbled on the back of an envelope, and half the measurements were things like “a good handful” and “butter the size of an egg.”"),
    AD(),
    ('h2', "Figuring it out again"),
    ('p', "After she died, I spent the better part of two springs trying to recreate that cake from the envelope. My first attempts were too dry, then too wet, and one memorable version sank so badly in the middle that my husband called it a rhubarb swimming pool."),
    ('p', "The breakthrough came when I stopped trying to be clever. I had been tossing the rhubarb with cornstarch to keep it from getting soggy, which is what a lot of modern recipes tell you to do. Grandma Ruth never did that. Instead, she tossed the rhubarb with sugar and let it sit while she made the batter, then drained off the juice and drizzled it over the top of the finished cake while it was still warm. That syrup is the whole secret. It soaks into the crumb and makes the edges sticky and crisp."),
    ('p', "The version below is as close as I have been able to get. My mother says it tastes right. My brother says it is better. I suspect he is just being nice."),
    AD(),
    ('h2', "Why you’ll love this recipe"),
    ('ul', ["It uses a whole pound of rhubarb, so it is perfect when your garden (or your neighbour’s) is overflowing.",
            "The buttermilk batter stays moist for days, if it lasts that long.",
            "You can make it in one bowl plus a small bowl for the crumb, with no mixer required."]),
    ('h2', "Tips for the best crumb cake"),
    ('ul', ["<strong>Use cold butter for the crumb.</strong> Cold butter gives you big, craggy clumps instead of sandy crumbs.",
            "<strong>Don’t skip the draining step.</strong> If you pour the rhubarb juice into the batter, the middle of the cake will be gummy.",
            "<strong>Frozen rhubarb works.</strong> Thaw it first and drain it well, then toss with sugar as usual.",
            "<strong>Let it cool for at least 30 minutes.</strong> I know. It is hard. But the syrup needs time to set."]),
    ('p', "If you make this, I would love to hear how it turns out. And if you have a rhubarb recipe that someone in your family never wrote down, I hope you go and ask them for it while you can."),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2 class="wp-block-heading">{}</h2>', 'ul': '<ul class="wp-block-list">{items}</ul>'}
body_html, gold = render(body, tpl)

ingredients = [("Rhubarb", ["1 pound rhubarb, sliced ½ inch thick (about 4 cups)", "⅓ cup granulated sugar"]),
               ("Cake", ["2 cups all-purpose flour", "1 teaspoon baking powder", "½ teaspoon baking soda", "½ teaspoon salt", "½ cup unsalted butter, softened",
                         "¾ cup granulated sugar", "2 large eggs", "1 cup buttermilk", "1 teaspoon vanilla extract", "Zest of 1 orange"]),
               ("Crumb topping", ["1 cup all-purpose flour", "½ cup light brown sugar", "1 teaspoon ground cinnamon", "¼ teaspoon salt", "½ cup cold unsalted butter, cubed"])]
steps = ["Toss the rhubarb with ⅓ cup sugar in a bowl and set aside for 20 minutes while you make the batter.",
         "Heat the oven to 350°F (175°C). Butter a 9x13-inch pan.",
         "Make the crumb: combine flour, brown sugar, cinnamon and salt, then rub in the cold butter with your fingertips until large clumps form. Refrigerate.",
         "Whisk together flour, baking powder, baking soda and salt. In a large bowl, beat the butter and sugar until fluffy, then beat in the eggs one at a time.",
         "Add the dry ingredients in three additions, alternating with the buttermilk, then stir in the vanilla and orange zest. Spread in the pan.",
         "Drain the rhubarb, reserving the juice. Scatter the rhubarb over the batter, then cover with the crumb topping.",
         "Bake 45 to 50 minutes, until a skewer comes out clean. Drizzle the reserved juice over the warm cake and cool at least 30 minutes before serving."]
ing_html = "".join(f'<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name">{g}</h4><ul class="wprm-recipe-ingredients">' +
                   "".join(f'<li class="wprm-recipe-ingredient"><span class="wprm-checkbox-container"><input type="checkbox" aria-label="&nbsp;"></span><span class="wprm-recipe-ingredient-name">{esc(i)}</span></li>' for i in items) + '</ul></div>'
                   for g, items in ingredients)
step_html = "".join(f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">{esc(s)}</div></li>' for s in steps)
card = f'''<div id="recipe" class="wprm-recipe-container" data-recipe-id="4412"><div class="wprm-recipe wprm-recipe-template-crumb">
<div class="wprm-recipe-image"><img src="https://thecrumbledger.example/wp-content/uploads/2024/05/rhubarb-crumb-cake-square-150x150.jpg" alt="" width="150" height="150"></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">Grandma Ruth’s Rhubarb Crumb Cake</h2>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.93 from 57 votes</span></div>
<div class="wprm-recipe-buttons"><a href="#" class="wprm-recipe-print">Print Recipe</a> <a href="#" class="wprm-recipe-pin">Pin Recipe</a></div>
<div class="wprm-recipe-summary"><span>A tender buttermilk cake with a layer of sugared rhubarb and a thick cinnamon crumb, finished with a drizzle of rhubarb syrup.</span></div>
<div class="wprm-recipe-times-container"><div class="wprm-recipe-time-container"><span class="wprm-recipe-time-label">Prep Time</span> <span class="wprm-recipe-time">25 mins</span></div><div><span class="wprm-recipe-time-label">Cook Time</span> <span class="wprm-recipe-time">50 mins</span></div><div><span class="wprm-recipe-time-label">Total Time</span> <span class="wprm-recipe-time">1 hr 45 mins</span></div></div>
<div class="wprm-recipe-meta"><span class="wprm-recipe-course">Course: Dessert</span> <span>Cuisine: American</span> <span>Servings: 15 squares</span> <span>Calories: 298kcal</span> <span>Author: Hazel Lindqvist</span></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><div class="wprm-unit-conversion-container"><a href="#">US Customary</a> - <a href="#">Metric</a></div>{ing_html}</div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ul class="wprm-recipe-instructions">{step_html}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes"><span>Store covered at room temperature for up to 3 days. Frozen rhubarb can be used; thaw and drain first.</span></div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">Nutrition</h3><span>Calories: 298kcal</span> | <span>Carbohydrates: 44g</span> | <span>Protein: 4g</span> | <span>Fat: 12g</span> | <span>Sugar: 24g</span></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span> <span class="wprm-call-to-action-text">Mention @thecrumbledger or tag #crumbledger!</span></div>
</div></div>'''

comments_data = [("Marjorie P.", "★★★★★", "I made this on Sunday with rhubarb from my sister’s garden and it was gone by Monday night. The syrup on top is genius. My grandmother made something very similar in Saskatchewan and this brought back so many memories. Thank you for sharing your Grandma Ruth with us."),
                 ("Dev", "★★★★☆", "Great flavour! Mine took closer to 55 minutes in a glass pan. Will use metal next time."),
                 ("Hazel Lindqvist", "", "Dev, glass pans definitely run slower, so that makes sense. So glad you liked it!"),
                 ("Anneke", "★★★★★", "Made it gluten free with a 1:1 flour blend and nobody could tell. The crumb got a bit sandier but still delicious.")]
comm_html = "".join(f'<li class="comment"><article><footer class="comment-meta"><b class="fn">{esc(a)}</b> <span class="wprm-comment-rating">{r}</span></footer><div class="comment-content"><p>{esc(t)}</p></div><a class="comment-reply-link" href="#">Reply</a></article></li>' for a, r, t in comments_data)

more = ["Strawberry Rhubarb Galette", "Brown Butter Blondies", "Lemon Poppy Seed Loaf", "Rhubarb Ginger Jam", "Sour Cream Coffee Cake", "Cardamom Buns",
        "Apple Cider Donut Cake", "Blueberry Buckle", "Oatmeal Cream Pies", "Swedish Cinnamon Rolls", "Peach Cobbler for a Crowd", "Cherry Hand Pies"]
more_html = "".join(f'<article class="entry-grid"><a href="/{slug(t)}/" class="entry-image-link"><img src="/wp-content/uploads/{slug(t)}-300x300.jpg" alt="{esc(t)}"></a><h3 class="entry-title"><a href="/{slug(t)}/">{esc(t)}</a></h3></article>' for t in more)

css = css_blob(["wprm", "entry", "site", "genesis", "adthrive", "wp-block", "menu", "widget"], 520, 88)
js = js_blob(8808, 130, "adthrive")
recipe_ld = {"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": HEAD, "author": {"name": "Hazel Lindqvist"}, "datePublished": "2024-05-14T07:00:00+00:00", "wordCount": 1190},
             {"@type": "Recipe", "name": HEAD, "recipeIngredient": [i for _, it in ingredients for i in it], "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in steps],
              "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.93", "ratingCount": "57"}}]}

doc = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grandma Ruth's Rhubarb Crumb Cake - {SITE}</title>
<meta name="description" content="A tender buttermilk cake with sugared rhubarb and a thick cinnamon crumb, from my grandmother's handwritten-on-an-envelope recipe.">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:image" content="https://thecrumbledger.example/wp-content/uploads/2024/05/rhubarb-crumb-cake.jpg">
<meta property="article:published_time" content="2024-05-14T07:00:00+00:00"><meta property="article:modified_time" content="2024-05-20T15:21:44+00:00">
<script type="application/ld+json">{json_state(recipe_ld)}</script>
<script data-no-optimize="1" data-cfasync="false">window.adthriveCLS = {{enabledLocations: ['Content', 'Recipe'], injectedSlots: [], injectedFromPlugin: true}};</script>
<style id="wprm-style-inline-css">{css}</style>
<script>{js}</script>
</head>
<body class="post-template-default single single-post postid-4410 single-format-standard header-full-width content-sidebar genesis-breadcrumbs-visible">
<div class="site-container">
<ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li><li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="https://thecrumbledger.example/">{SITE}</a></p><p class="site-description">Baking from memory, one recipe at a time</p></div>
<nav class="nav-primary" aria-label="Main"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/recipes/"><span>Recipes</span></a></li><li class="menu-item"><a href="/category/cakes/"><span>Cakes</span></a></li><li class="menu-item"><a href="/category/breads/"><span>Breads</span></a></li><li class="menu-item"><a href="/category/pies/"><span>Pies</span></a></li><li class="menu-item"><a href="/about/"><span>About</span></a></li><li class="menu-item search"><form class="search-form" role="search"><input class="search-form-input" type="search" name="s" placeholder="Search recipes..."><input class="search-form-submit" type="submit" value="Search"></form></li></ul></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<div class="breadcrumb"><span><span><a href="https://thecrumbledger.example/">Home</a></span> » <span><a href="/category/cakes/">Cakes</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(HEAD)}</span></span></div>
<article class="post-4410 post type-post status-publish format-standard has-post-thumbnail category-cakes category-spring entry" aria-label="{esc(HEAD)}">
<header class="entry-header"><h1 class="entry-title">{esc(HEAD)}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="/about/" class="entry-author-link"><span class="entry-author-name">Hazel Lindqvist</span></a></span> <span class="entry-modified-time">Updated: May 20, 2024</span> <span class="entry-comments-link"><a href="#comments">57 Comments</a></span></p>
<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> <a href="#" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div></header>
<div class="entry-content">
<p class="disclosure"><em>This post may contain affiliate links. Please read my <a href="/disclosure/">disclosure policy</a>.</em></p>
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800" src="https://thecrumbledger.example/wp-content/uploads/2024/05/rhubarb-crumb-cake.jpg" alt="A square of rhubarb crumb cake on a floral plate."><figcaption class="wp-element-caption">Grandma Ruth’s cake, served straight from the pan, as it should be.</figcaption></figure>
{body_html}
{card}
<div class="wp-block-group subscribe-box"><h3>Never miss a recipe!</h3><p>Get my newest recipes and a free e-book of 12 family bakes when you subscribe.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/cakes/" rel="category tag">Cakes</a>, <a href="/category/spring/" rel="category tag">Spring</a></span> <span class="entry-tags">Tagged: <a href="/tag/rhubarb/" rel="tag">rhubarb</a>, <a href="/tag/family-recipes/" rel="tag">family recipes</a></span></p></footer>
</article>
<section class="more-recipes"><h2>You may also like</h2><div class="entry-grid-wrap">{more_html}</div></section>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">{comm_html}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><div class="comment-form-wprm-rating"><label>Recipe Rating</label></div><textarea name="comment"></textarea><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" id="genesis-sidebar-primary"><section class="widget"><h3 class="widgettitle widget-title">Hi, I’m Hazel!</h3><div class="textwidget"><p>I’m a home baker in Minnesota collecting the recipes my family never wrote down. Pull up a chair and stay a while.</p><a href="/about/">More about me</a></div></section>
<section class="widget"><div class="adthrive-ad"><div class="ad-label">Advertisement</div></div></section>
<section class="widget"><h3 class="widget-title">Popular</h3><ul>{"".join(f'<li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in more[:6])}</ul></section></aside>
</div></div>
<footer class="site-footer"><div class="wrap"><p>Copyright © 2024 {SITE} · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/accessibility/">Accessibility</a></p><p>As an Amazon Associate I earn from qualifying purchases.</p></div></footer>
</div>
</body></html>
'''
save("q08", doc, gold)
