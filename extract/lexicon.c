/* extract/lexicon.c: the loader's general lexicons, as static
 * tables: organization suffixes, program kind words, verbs, function
 * words, roles and surnames.  No names of particular units are listed:
 * everything here applies to any report on grassroots governance.  The
 * long lists of the .inc files are hashed at build time (lexgen.c); the
 * short lists here are turned into code point tables once per process
 * (pthread_once) and never change afterwards, so concurrent loads may
 * share them. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "nz.h"

/* Suffix, kind, level, longest name part, name may not end with, suffix
 * may not be followed by. */
static const nz_suffix lex_suffixes[] = {
  /* 跨省联建, 跨市: across provinces or cities, none named */
  { "省", NZ_ADMIN, NZ_LV_PROV, 4, "节反全本外各该分跨", "级内外会长部直份" },
  { "自治区", NZ_ADMIN, NZ_LV_PROV, 6, "", "" },
  /* 公益市集: a market (市集), not a city, where the dictionary names
   * none (厦门市集美区); 市府东路街道: 市府, the city hall, names a road;
   * 驻市单位: units stationed in the city, none named; 市容市貌, the
   * look of a town; 滨城区市西街道: 市 right after 区 begins the next
   * unit's name (no city's name ends with a district); 全国市域社会治理:
   * no city's name ends with 国; 19个边境旗市: banners and cities, a
   * kind (no city's name ends with 旗) */
  { "市", NZ_ADMIN, NZ_LV_CITY, 4, "城超上都门集股夜早菜闹黑全该本各省街跨驻区国旗",
    "场民容值面区级直长政辖属集府貌" },
  /* 恩施土家族苗族自治州, 长阳土家族自治县, 鄂温克族自治旗: a place
   * and one to three peoples */
  { "自治州", NZ_ADMIN, NZ_LV_CITY, 10, "", "" },
  { "自治县", NZ_ADMIN, NZ_LV_COUNTY, 10, "", "" },
  { "自治旗", NZ_ADMIN, NZ_LV_COUNTY, 8, "", "" },
  /* not 居住区, 景区, 园区 ...; 安居区 is a district; nor the zones
   * of a farm, an estate or a hall (养殖区, 生活区, 项目区, 棋牌区,
   * 阅读区, 功能区), the parts of a town or an estate (住宅区,
   * 棚户区, 宿舍区, 晾晒区, 体验区, 分区), nor 驻区单位 (units
   * stationed in the area), nor an office's grounds (办公区), nor a
   * town's core (核心区: a stop word, lex_stop_words), nor the rooms of
   * a station or hall (会议区, 留影区, 助餐配餐区), nor a park's (健身
   * 运动区), nor a name after a
   * post (区委书记区青松: 区 is his surname) */
  { "区", NZ_ADMIN, NZ_LV_COUNTY, 4,
    "辖小片园全该本各市郊景街商盲误灾警校厂营战湾禁雷疫服任住示范"
    "开发旧社地矿业殖活目牌读能宅户舍晒验分驻公心议影餐记动",
    "域直级划别间长内外位县" },
  /* 合肥经开区: an economic and technological development zone */
  { "经开区", NZ_ADMIN, NZ_LV_COUNTY, 4, "", "域直级划别间长内外位县" },
  /* 西宁经济技术开发区, 乌鲁木齐高新技术产业开发区, 成都高新区: a
   * development zone, ruled as a district is */
  { "开发区", NZ_ADMIN, NZ_LV_COUNTY, 10, "该本各全此后", "域直级划别间长内外位县" },
  { "高新区", NZ_ADMIN, NZ_LV_COUNTY, 4, "该本各全此后", "域直级划别间长内外位县" },
  /* 天水国家农业科技园区, 绿园区: a park (its committee rules an area
   * as a district does), or a district whose name ends with 园; a
   * 示范园区 is a title */
  { "园区", NZ_ADMIN, NZ_LV_COUNTY, 8, "小校公花乐家田庭菜果该本全各范",
    "域内外级" },
  { "县", NZ_ADMIN, NZ_LV_COUNTY, 4, "郡全各该本区市", "级城长域直" },
  { "街道办事处", NZ_ADMIN, NZ_LV_TOWN, 5, "", "" },
  { "街道", NZ_ADMIN, NZ_LV_TOWN, 5, "", "口两边" },
  { "街办", NZ_ADMIN, NZ_LV_TOWN, 5, "", "事" },  /* not 南湖街办事处 */
  { "办事处", NZ_ADMIN, NZ_LV_TOWN, 5, "", "" },
  /* an ethnic township: 南伊珞巴民族乡, 桐岭瑶族乡 (the people's name
   * is the township's) */
  { "族乡", NZ_ADMIN, NZ_LV_TOWN, 8, "各该本全", "村镇亲土愁音间下里级贤街" },
  /* not 副乡长, 副镇长: posts, no place; 花乡街道: 乡 before 街道 is
   * the street's name, no township (none holds a street) */
  { "乡", NZ_ADMIN, NZ_LV_TOWN, 4, "城家故老下还异同全各该本水梓副",
    "村镇亲土愁音间下里级贤街" },
  /* Inner Mongolia's townships and villages: 乌盖苏木, 巴音塔拉嘎查
   * (a 嘎查村 is a 村) */
  { "苏木", NZ_ADMIN, NZ_LV_TOWN, 6, "该各每本全", "山" },
  { "嘎查", NZ_ADMIN, NZ_LV_VILLAGE, 8, "该各每本全", "村" },
  { "镇", NZ_ADMIN, NZ_LV_TOWN, 4, "城乡坐重冷全各该本古小镇副", "压定静守长级" },
  /* 动员驻社区各方面力量, 新选派驻村第一书记: 驻 (stationed in) before
   * a community or a village ends a verb, no name; 开放式老旧社区, 这座
   * 老旧社区: an old community is a kind, none named (as 老旧小区); so
   * is a complete one (推进完整社区建设, a national programme's word)
   * and a model one (打造精品社区) */
  { "社区", NZ_ADMIN, NZ_LV_VILLAGE, 5, "驻旧整品", "" },
  /* Shanghai's neighbourhoods under a street: 南龚居民区 */
  { "居民区", NZ_ADMIN, NZ_LV_VILLAGE, 4, "老新大小该本各全此", "" },
  /* 拉菲香榭小区, 电力小区: a residential compound, below its community
   * (鑫苑天润小区内: inside it); 老旧小区, 住宅小区, 自管小区, 该小区,
   * 这些小区, 自建房小区, 安置房小区 (a kind of housing) name none */
  { "小区", NZ_ADMIN, NZ_LV_COMPOUND, 7,
    "旧宅民活墅品范该本各全此些个型级质新大小老管房", "里外长" },
  /* 天明路68号院, 常官中巷6号院: a compound named by its street number */
  { "号院", NZ_ADMIN, NZ_LV_COMPOUND, 8, "", "" },
  /* 市政局家属院, 工行家属院: a unit's staff compound */
  { "家属院", NZ_ADMIN, NZ_LV_COMPOUND, 8, "", "小" },
  /* Xinjiang's corps farms (团场) are towns: 头屯河农场 */
  { "农场", NZ_ADMIN, NZ_LV_TOWN, 4, "家林牧渔", "主工" },
  { "村", NZ_ADMIN, NZ_LV_VILLAGE, 4, "农乡山全各该本渔邻空强富穷政壳驻",
    "民级庄落里委干集组务两镇社企" },  /* 新村社区 is a community; 村企共建
                                        * joins villages and firms */
  { "临时党支部", NZ_PARTY, 0, 8, "", "" },
  { "联村党委", NZ_PARTY, 0, 10, "", "" },
  { "联合党委", NZ_PARTY, 0, 10, "", "" },
  { "联合党支部", NZ_PARTY, 0, 8, "", "" },
  { "党支部", NZ_PARTY, 0, 8, "", "" },
  /* 市文旅局机关离退休党支部, 镇离退休干部党支部: the branch of a unit's
   * retired staff (退休 is a verb, that ends no name before 党支部) */
  { "离退休党支部", NZ_PARTY, 0, 8, "", "" },
  { "离退休干部党支部", NZ_PARTY, 0, 8, "", "" },
  { "离退休职工党支部", NZ_PARTY, 0, 8, "", "" },
  { "退休党支部", NZ_PARTY, 0, 8, "离", "" },
  { "退休干部党支部", NZ_PARTY, 0, 8, "离", "" },
  { "退休职工党支部", NZ_PARTY, 0, 8, "离", "" },
  { "离退休党总支", NZ_PARTY, 0, 8, "", "" },
  /* 机关支部, 内科二支部, 燕春村支部: a branch named without 党, as
   * companies, offices and hospitals write it; 支部建设, 支部联建 and
   * 支部工作 use the word, and name none */
  /* 柳塘村党总支部委员会, 党支部委员会: the full forms, one body (no
   * bare 委员会 after 党总支部) */
  { "党总支部委员会", NZ_PARTY, 0, 8, "", "" },
  { "党支部委员会", NZ_PARTY, 0, 8, "", "" },
  { "总支部委员会", NZ_PARTY, 0, 8, "党", "" },
  { "支部委员会", NZ_PARTY, 0, 8, "党总", "" },
  { "支部", NZ_PARTY, 0, 8, "党团总各该本每此", "建联工班凝办活+＋" },
  { "党总支部", NZ_PARTY, 0, 8, "", "" },   /* 开庄村党总支部 */
  { "党总支", NZ_PARTY, 0, 8, "", "" },
  /* 民建市委会直属总支, 山大校区总支: a general branch named without 党,
   * as the democratic parties and colleges write it (not 总支出, the
   * total spent) */
  { "总支", NZ_PARTY, 0, 8, "党", "出队" },
  { "党小组", NZ_PARTY, 0, 8, "", "" },
  { "党工委", NZ_PARTY, 0, 8, "", "" },
  { "大党委", NZ_PARTY, 0, 8, "", "" },
  { "大工委", NZ_PARTY, 0, 8, "", "" },
  { "党委", NZ_PARTY, 0, 8, "", "" },
  { "党组", NZ_PARTY, 0, 8, "", "织成员" },
  { "组织部", NZ_PARTY, 0, 8, "", "" },
  { "宣传部", NZ_PARTY, 0, 8, "", "" },
  { "统战部", NZ_PARTY, 0, 8, "", "" },
  /* 市委社会工作部 (社工部) and 区委文明办: departments of a committee */
  { "社会工作部", NZ_PARTY, 0, 8, "", "" },
  { "社工部", NZ_PARTY, 0, 8, "", "" },
  { "文明办", NZ_PARTY, 0, 8, "", "公事理好" },
  /* 市委政研室 (政策研究室), 区委社区工作部, 政法委: its other
   * departments */
  { "政研室", NZ_PARTY, 0, 8, "", "" },
  { "政策研究室", NZ_PARTY, 0, 8, "", "" },
  { "社区工作部", NZ_PARTY, 0, 8, "", "" },
  /* 渤海新区群团工作部: the department for the mass organisations; 经开区
   * 党群工作部, 高新区党群部: a zone's department for the Party and the
   * masses */
  { "群团工作部", NZ_PARTY, 0, 8, "", "" },
  { "党群工作部", NZ_PARTY, 0, 8, "", "" },
  { "党群部", NZ_PARTY, 0, 8, "", "" },
  { "政法委", NZ_PARTY, 0, 8, "", "" },
  /* 市委老干部局, 区委网信办, 省委编办, 市委台办, 县委巡察办: organs of a
   * committee, written after it */
  { "老干部局", NZ_PARTY, 0, 8, "", "" },
  { "网信办", NZ_PARTY, 0, 8, "", "" },
  { "编办", NZ_PARTY, 0, 8, "改汇主新", "法" },
  { "台办", NZ_PARTY, 0, 8, "出后平舞", "法" },    /* not 出台办法 */
  { "巡察办", NZ_PARTY, 0, 8, "", "" },
  /* 市委党校: a committee's Party school */
  { "党校", NZ_PARTY, 0, 8, "", "" },
  { "纪委监委", NZ_PARTY, 0, 8, "", "" },
  { "纪委", NZ_PARTY, 0, 8, "", "" },
  { "工作委员会", NZ_PARTY, 0, 8, "", "" },
  /* 省直机关工委, 县直工委, 区域工委: a working committee, shortened */
  { "工委", NZ_PARTY, 0, 8, "团", "" },
  /* 民革江岸区工委会, 民进区工委会: a democratic party's working committee
   * of a district (not 工委会议, its meeting) */
  { "工委会", NZ_PARTY, 0, 8, "团", "议" },
  /* 民革钟楼区基层委员会, 致公党江阳区基层委: a party's grassroots
   * committee of a district */
  { "基层委员会", NZ_PARTY, 0, 8, "", "" },
  { "基层委", NZ_PARTY, 0, 8, "", "员" },
  { "委员会", NZ_GOV, 0, 8, "", "" },
  { "人民政府", NZ_GOV, 0, 8, "", "" },
  { "公安局", NZ_GOV, 0, 8, "", "" },
  { "民政局", NZ_GOV, 0, 6, "", "" },       /* 政 before 局 is else 政局 */
  { "财政局", NZ_GOV, 0, 6, "", "" },
  { "邮政局", NZ_GOV, 0, 6, "", "" },
  /* 市民宗局, 市民族宗教事务局 (ethnic and religious affairs): like
   * 民政局, a 民 that 市 would else read as 市民 (citizens) */
  { "民宗局", NZ_GOV, 0, 6, "", "" },
  { "民族宗教事务局", NZ_GOV, 0, 6, "", "" },
  /* 局 after 格 布 大 … is a word's (格局, 布局, 大局; 开好局, 良好局面:
   * a good start) */
  { "局", NZ_GOV, 0, 6, "格布大全结当开时政残棋赌饭骗僵终出入定顾分好",
    "面部势限促长属" },
  { "法院", NZ_GOV, 0, 8, "", "" },
  /* 市中院: a city's intermediate court, written short after its level
   * (a name of one character: 市, 州) */
  { "中院", NZ_GOV, 0, 1, "", "" },
  { "检察院", NZ_GOV, 0, 8, "", "" },
  { "妇联", NZ_GOV, 0, 6, "", "" },
  { "团委", NZ_GOV, 0, 6, "", "" },
  { "团区委", NZ_GOV, 0, 4, "", "" },
  /* 校团委书记, 应校团委邀请, 我校团委: the school's, as a district's
   * 团区委 is the district's */
  { "校团委", NZ_GOV, 0, 4, "学", "" },
  { "团市委", NZ_GOV, 0, 4, "", "" },
  { "团县委", NZ_GOV, 0, 4, "", "" },
  { "团工委", NZ_GOV, 0, 6, "", "" },
  /* 雄巴拉曲团支部, 政法委团支部: a branch of the Youth League */
  { "团支部", NZ_GOV, 0, 8, "", "" },
  { "总工会", NZ_GOV, 0, 6, "", "" },
  /* mass organizations: 市文联, 区残联, 社会工作促进会 */
  { "文联", NZ_GOV, 0, 6, "", "" },
  { "科协", NZ_GOV, 0, 6, "", "" },
  { "侨联", NZ_GOV, 0, 6, "", "" },
  { "残联", NZ_GOV, 0, 6, "", "" },
  { "工商联", NZ_GOV, 0, 6, "", "" },
  /* 市义工联: the federation of volunteers (义工联合会) written short */
  { "义工联", NZ_GOV, 0, 6, "", "合" },     /* not 义工联合会 */
  /* and their names in full (市妇女联合会, not a team) */
  { "妇女联合会", NZ_GOV, 0, 6, "", "" },
  { "残疾人联合会", NZ_GOV, 0, 6, "", "" },
  { "工商业联合会", NZ_GOV, 0, 6, "", "" },
  { "归国华侨联合会", NZ_GOV, 0, 6, "", "" },
  { "文学艺术界联合会", NZ_GOV, 0, 6, "", "" },
  { "促进会", NZ_GOV, 0, 10, "", "" },
  /* 市社区文化发展研究会, 老年书画研究会: a society of study */
  { "研究会", NZ_GOV, 0, 10, "", "" },
  /* 区公安分局, 罗湖公安分局; 镇政府; Shanghai's 惠康居委 */
  { "分局", NZ_GOV, 0, 8, "", "长" },
  /* not 政府管理学院, a college */
  { "政府", NZ_GOV, 0, 6, "人", "办机部采网工管" },
  { "居委", NZ_GOV, 0, 6, "", "" },
  { "办公室", NZ_GOV, 0, 8, "", "" },
  /* 街道党建办, 市创文办 (创建文明城市办公室): offices named short */
  { "党建办", NZ_GOV, 0, 8, "", "" },
  { "创文办", NZ_GOV, 0, 6, "", "" },
  /* 区创城办, 市创建办: the office for building a model city, named
   * short (创建文明城市办公室) */
  { "创城办", NZ_GOV, 0, 6, "", "公事理" },
  { "创建办", NZ_GOV, 0, 6, "", "公事理" },
  { "创卫办", NZ_GOV, 0, 6, "", "公事理" },
  /* 县人大办, 街道党政办, 党政综合办; not 综合办公楼 (办公, 办事, 办理) */
  { "人大办", NZ_GOV, 0, 6, "", "公事理" },
  { "党政办", NZ_GOV, 0, 8, "", "公事理" },
  { "综合办", NZ_GOV, 0, 8, "", "公事理" },
  /* 县扶贫办, 区综治办, 市台港澳办 …: the offices of a place's standing
   * tasks, named short by the task (not 文明办事, 扶贫办公室's 办公) */
  { "扶贫办", NZ_GOV, 0, 6, "", "公事理好" },
  /* 市文明办, 区文明办: named by the level alone, the office is the
   * place's (区委文明办 above is the committee's) */
  { "文明办", NZ_GOV, 0, 6, "", "公事理好" },
  { "综治办", NZ_GOV, 0, 6, "", "公事理好" },
  { "信访办", NZ_GOV, 0, 6, "", "公事理好" },
  { "创卫办", NZ_GOV, 0, 6, "", "公事理好" },
  { "双拥办", NZ_GOV, 0, 6, "", "公事理好" },
  { "爱卫办", NZ_GOV, 0, 6, "", "公事理好" },
  { "防汛办", NZ_GOV, 0, 6, "", "公事理好" },
  { "招商办", NZ_GOV, 0, 6, "", "公事理好" },
  { "移民办", NZ_GOV, 0, 6, "", "公事理好" },
  { "金融办", NZ_GOV, 0, 6, "", "公事理好" },
  { "外事办", NZ_GOV, 0, 6, "", "公事理好" },
  { "应急办", NZ_GOV, 0, 6, "", "公事理好" },
  { "人防办", NZ_GOV, 0, 6, "", "公事理好" },
  { "老干办", NZ_GOV, 0, 6, "", "公事理好" },
  { "台港澳办", NZ_GOV, 0, 6, "", "公事理好" },
  { "办公厅", NZ_GOV, 0, 8, "", "" },
  { "厅", NZ_GOV, 0, 4, "大餐客展门舞歌球前中后会议事过告业示列待能览映",
    "长级内堂" },   /* not 报告厅, 营业厅, 展示厅, 陈列厅: halls */
  { "指导组", NZ_TEAM, 0, 8, "", "长员" },
  { "督导组", NZ_TEAM, 0, 8, "", "长员" },
  { "工作组", NZ_TEAM, 0, 8, "", "长员" },
  { "巡察组", NZ_TEAM, 0, 8, "", "长员" },
  { "巡视组", NZ_TEAM, 0, 8, "", "长员" },
  /* 街道政协联络组, 人大代表联络组: a liaison group */
  { "联络组", NZ_TEAM, 0, 8, "", "长员" },
  { "纪检监察组", NZ_PARTY, 0, 14, "", "" },
  { "教委", NZ_GOV, 0, 6, "", "" },
  /* 区卫健委, 市发改委, 市供销社: bodies named by their usual short
   * forms */
  { "卫健委", NZ_GOV, 0, 6, "", "" },
  { "发改委", NZ_GOV, 0, 6, "", "" },
  { "住建委", NZ_GOV, 0, 6, "", "" },
  /* 市建委, 县农委, 市国资委: commissions named short, as 发改委 is
   * (not 组建委员会, 三农委员) */
  { "建委", NZ_GOV, 0, 6, "", "员" },
  { "农委", NZ_GOV, 0, 6, "", "员" },
  { "国资委", NZ_GOV, 0, 6, "", "" },
  /* 市工信委, 市经信委: more commissions named short */
  { "工信委", NZ_GOV, 0, 6, "", "员" },
  { "经信委", NZ_GOV, 0, 6, "", "员" },
  /* 县政府办, 区委人才办, 市侨办: offices named short, as 党建办 is */
  { "政府办", NZ_GOV, 0, 6, "人", "公事理" },
  { "人才办", NZ_PARTY, 0, 8, "", "公事理" },
  { "侨办", NZ_GOV, 0, 6, "", "公事理" },
  { "供销社", NZ_GOV, 0, 6, "", "" },
  { "派出所", NZ_GOV, 0, 8, "", "" },
  { "司法所", NZ_GOV, 0, 8, "", "" },
  /* 石湖荡市场监督管理所, 镇财政所, 税务所: a bureau's office in a town */
  { "管理所", NZ_GOV, 0, 10, "", "" },
  { "财政所", NZ_GOV, 0, 8, "", "" },
  { "税务所", NZ_GOV, 0, 8, "", "" },
  /* 蒋王供电所, 某银行城关营业所: a power company's or a bank's office
   * in a town */
  { "供电所", NZ_ENTERPRISE, 0, 8, "", "" },
  { "营业所", NZ_ENTERPRISE, 0, 8, "", "" },
  { "执法中心", NZ_GOV, 0, 8, "", "" },
  { "执法中队", NZ_GOV, 0, 8, "", "" },
  { "消防中队", NZ_GOV, 0, 8, "", "" },     /* 拱星墩消防中队 */
  { "执法大队", NZ_GOV, 0, 8, "", "" },
  { "大队", NZ_GOV, 0, 8, "产", "长员部" },   /* 消防救援大队, 交警大队 */
  /* 大塘消防救援站: a fire and rescue station (a 微型消防站 is a
   * cabinet of kit, no unit) */
  { "消防救援站", NZ_GOV, 0, 8, "", "" },
  /* 飞英街道消防应急救援站: a street's fire and emergency station */
  { "应急救援站", NZ_GOV, 0, 8, "", "" },
  /* 市新华书店, 西西弗书店: a bookshop (not 实体书店, 社区书店, 网上书店,
   * 小书店, 旧书店) */
  { "书店", NZ_ENTERPRISE, 0, 8, "体区型小大家网旧", "" },
  /* 昆明公路路政管理支队, 交警支队, 消防救援支队: a detachment */
  { "支队", NZ_GOV, 0, 8, "一两几多每整", "伍长员部" },  /* not 一支队伍 */
  /* 南充军分区, 桐川警备区, 湖滨街道人武部, 龙城区人民武装部: the army's
   * command of a city and the armed forces department of a district or
   * street, the partners of 军民共建 */
  { "军分区", NZ_GOV, 0, 6, "", "" },
  { "警备区", NZ_GOV, 0, 6, "", "" },
  { "人武部", NZ_GOV, 0, 8, "", "" },
  { "人民武装部", NZ_GOV, 0, 8, "", "" },
  { "居委会", NZ_GOV, 0, 8, "", "" },
  { "村委会", NZ_GOV, 0, 8, "", "" },
  { "管委会", NZ_GOV, 0, 8, "", "" },
  /* not 族人大量迁居, 人大幅增加: 人 and 大量, 大幅 (many, greatly) */
  { "人大", NZ_GOV, 0, 6, "", "代常工量幅" },
  /* 街道人大工委: a street's body of the people's congress, one body,
   * not a Party committee leading 人大 */
  { "人大工委", NZ_GOV, 0, 6, "", "" },
  /* 市人大常委会, 未央区人大常委会: the standing committee of the
   * people's congress, one body (人大 alone does not go on into 常) */
  { "人大常委会", NZ_GOV, 0, 6, "", "" },
  { "政协", NZ_GOV, 0, 6, "", "委" },
  /* 华融影院有限责任公司, 桂林银行股份有限公司: the registered forms */
  { "有限责任公司", NZ_ENTERPRISE, 0, 12, "", "" },
  { "股份有限公司", NZ_ENTERPRISE, 0, 12, "", "" },
  { "股份公司", NZ_ENTERPRISE, 0, 12, "", "" },     /* 厦门仁军医院股份公司 */
  { "有限公司", NZ_ENTERPRISE, 0, 12, "", "" },
  { "公司", NZ_ENTERPRISE, 0, 12, "", "" },
  { "集团", NZ_ENTERPRISE, 0, 8, "", "" },
  /* not before 路, 街 or 巷: 大学路新村, 学院路街道, 医院街 are roads */
  { "医院", NZ_ENTERPRISE, 0, 8, "", "路街巷" },
  { "卫生院", NZ_ENTERPRISE, 0, 8, "", "" },
  /* 河南诚然律师事务所, 青禾会计师事务所: a firm of lawyers or
   * accountants */
  { "律师事务所", NZ_ENTERPRISE, 0, 8, "", "" },
  { "会计师事务所", NZ_ENTERPRISE, 0, 8, "", "" },
  /* 河北电视台, 葫芦岛广播电视台: a broadcaster */
  { "电视台", NZ_ENTERPRISE, 0, 8, "", "" },
  /* 市妇幼保健院: a hospital for mothers and children */
  { "保健院", NZ_ENTERPRISE, 0, 8, "", "" },
  /* not after 中: 中小学 are schools of two grades, a class; nor after
   * 上 or 读, that go to a school (正上幼儿园, 考上大学, 在读小学) */
  { "小学", NZ_ENTERPRISE, 0, 8, "中上读", "路街巷" },
  { "中学", NZ_ENTERPRISE, 0, 8, "上读", "路街巷" },
  /* 开滦二中, 东乡二中, 关上二小: a school named by its number (not
   * 五中全会, 一小时, 一老一小, 第二小学) */
  { "一中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "二中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "三中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "四中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "五中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "六中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "七中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "八中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "九中", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "一小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "二小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "三小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "四小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "五小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "六小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "七小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "八小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "九小", NZ_ENTERPRISE, 0, 4, "一二三四五六七八九十老届第", "全时组学" },
  { "大学", NZ_ENTERPRISE, 0, 8, "上读", "生路街巷" },
  /* 上海开放大学奉贤分校, 国家开放大学: a university that teaches at a
   * distance, its kind a verb (开放) that ends no name before it */
  { "开放大学", NZ_ENTERPRISE, 0, 8, "", "生路街巷" },
  { "学校", NZ_ENTERPRISE, 0, 8, "上读", "路街巷" },
  /* 铜仁幼儿师范高等专科学校: a college's long name, its kind in front */
  { "专科学校", NZ_ENTERPRISE, 0, 8, "", "路街巷" },
  { "幼儿园", NZ_ENTERPRISE, 0, 8, "上读", "" },
  { "养老院", NZ_ENTERPRISE, 0, 8, "", "" },
  { "敬老院", NZ_ENTERPRISE, 0, 8, "", "" },
  { "超市", NZ_ENTERPRISE, 0, 6, "", "" },
  { "影院", NZ_ENTERPRISE, 0, 6, "", "" },
  { "影城", NZ_ENTERPRISE, 0, 6, "", "" },
  { "百货", NZ_ENTERPRISE, 0, 6, "", "" },
  { "商场", NZ_ENTERPRISE, 0, 6, "", "" },
  /* 嘉禾大厦, 科创大厦: an office building, whose firms a building's
   * Party body leads as one unit */
  /* not 高楼大厦 (tall buildings at large) */
  { "大厦", NZ_ENTERPRISE, 0, 6, "楼", "" },
  { "酒店", NZ_ENTERPRISE, 0, 6, "", "" },
  { "宾馆", NZ_ENTERPRISE, 0, 6, "", "" },
  { "银行", NZ_ENTERPRISE, 0, 6, "", "" },
  /* 汝州玉川村镇银行, 浙江德清湖商村镇银行: a rural bank, named by its
   * place and its own name; its 村 and 镇 end no village or town */
  { "村镇银行", NZ_ENTERPRISE, 0, 8, "", "" },
  { "支行", NZ_ENTERPRISE, 0, 6, "", "" },
  /* not 大部分行政村: 行政 (administrative) */
  { "分行", NZ_ENTERPRISE, 0, 6, "", "政" },
  { "分公司", NZ_ENTERPRISE, 0, 8, "", "" },
  /* 广州大学南沙分校, 上海开放大学奉贤分校: a school's branch campus, named
   * whole as a bank's branch is (not 分校区, a campus) */
  { "分校", NZ_ENTERPRISE, 0, 8, "", "区" },
  { "学院", NZ_ENTERPRISE, 0, 8, "", "路街巷" },
  /* 桐川市中药研究院, 省交通设计院, 青石地质工程勘察院, 林业科学研究所:
   * institutes of research and design, named by their field */
  { "研究院", NZ_ENTERPRISE, 0, 12, "", "生" },
  { "设计院", NZ_ENTERPRISE, 0, 12, "", "" },
  { "勘察院", NZ_ENTERPRISE, 0, 12, "", "" },
  { "研究所", NZ_ENTERPRISE, 0, 12, "", "" },
  /* 桐溪贡梨种植专业合作社, 枫湾股份经济合作社: a registered
   * cooperative (not 养殖合作社, a kind of them) */
  { "专业合作社", NZ_ENTERPRISE, 0, 10, "", "" },
  { "经济合作社", NZ_ENTERPRISE, 0, 10, "", "" },
  /* 云朵社工, 益乐诚社工: a social work agency named short (nest.c makes
   * 云雀社工 the 云雀社会工作服务中心 written in full); not 专业社工,
   * 社区社工, 3名社工, 驻村社工, 街道社工 (people), nor 社工站, 社工部 */
  { "社工", NZ_ENTERPRISE, 0, 6, "业区轻名位的年村职道镇证务线秀",
    "部站委作会者人室机服专们" },
  /* 桐川节能环保产业园, 青枫"数字经济"产业园: an industrial park run as
   * a firm (its committee's 产业园区 is a place; 产业园建设项目 a
   * project) */
  { "产业园", NZ_ENTERPRISE, 0, 10, "", "区建" },
  /* 青苇卷烟厂, 石桥印刷厂, 青苇眼镜厂: a factory (not 工厂, 电厂, 钢厂,
   * 大厂 nor 老厂, words of their own); 厂房, 厂长, 厂区, 厂办 and 厂部
   * are its parts and people, 电厂社区, 石厂街道 and 六厂前街 places
   * named after one, 工厂化 a manner, 生产厂家 a maker (orgs.c: 厂家属,
   * its families) */
  { "厂", NZ_ENTERPRISE, 0, 8, "工电钢大老", "房长区办史社街宿化里矿部前" },
  { "服饰", NZ_ENTERPRISE, 0, 4, "", "" },
  /* 华日家具, not 废旧家具 nor 新家具: what is old or new is no firm */
  { "家具", NZ_ENTERPRISE, 0, 4, "旧新", "" },
  { "志愿服务队", NZ_TEAM, 0, 10, "", "伍" },
  { "服务队", NZ_TEAM, 0, 10, "", "伍" },
  /* 五彩阳光志愿服务团队, 巷心力邻里服务团队, 彩虹联盟志愿服务组织: a
   * team, or an organization of volunteers, named by its members */
  { "服务团队", NZ_TEAM, 0, 10, "", "" },
  { "志愿团队", NZ_TEAM, 0, 8, "", "" },
  { "志愿服务组织", NZ_TEAM, 0, 10, "", "" },
  { "志愿队", NZ_TEAM, 0, 10, "", "伍" },
  { "工作队", NZ_TEAM, 0, 10, "", "伍员" },
  { "义工队", NZ_TEAM, 0, 8, "", "伍" },
  { "文艺队", NZ_TEAM, 0, 8, "", "伍" },
  { "助困队", NZ_TEAM, 0, 8, "", "伍" },
  { "突击队", NZ_TEAM, 0, 8, "", "伍" },
  { "宣传队", NZ_TEAM, 0, 8, "", "伍" },
  { "巡逻队", NZ_TEAM, 0, 8, "", "伍" },
  { "帮扶队", NZ_TEAM, 0, 8, "", "伍" },
  { "互助队", NZ_TEAM, 0, 8, "", "伍" },
  { "援助队", NZ_TEAM, 0, 8, "", "伍" },
  { "维稳队", NZ_TEAM, 0, 8, "", "伍" },
  { "奉献队", NZ_TEAM, 0, 8, "", "伍" },
  /* 青苇红石榴舞蹈队, 桐江广场老年秧歌队: a troupe of residents named by
   * what it performs, its name longer than 队 alone allows */
  { "舞蹈队", NZ_TEAM, 0, 8, "", "伍员" },
  { "秧歌队", NZ_TEAM, 0, 8, "", "伍员" },
  { "腰鼓队", NZ_TEAM, 0, 8, "", "伍员" },
  { "合唱队", NZ_TEAM, 0, 8, "", "伍员" },
  { "舞蹈团", NZ_TEAM, 0, 8, "", "员" },
  { "艺术团", NZ_TEAM, 0, 10, "", "" },
  { "剧团", NZ_TEAM, 0, 8, "", "" },
  /* 华明第二居委会京剧团: a troupe of one kind of opera named by the
   * unit it belongs to alone; 景炎雅韵民乐团, 星宝宝文艺团 */
  { "京剧团", NZ_TEAM, 0, 8, "", "" },
  { "豫剧团", NZ_TEAM, 0, 8, "", "" },
  { "越剧团", NZ_TEAM, 0, 8, "", "" },
  { "评剧团", NZ_TEAM, 0, 8, "", "" },
  { "沪剧团", NZ_TEAM, 0, 8, "", "" },
  { "川剧团", NZ_TEAM, 0, 8, "", "" },
  { "粤剧团", NZ_TEAM, 0, 8, "", "" },
  { "乐团", NZ_TEAM, 0, 10, "", "体队员长" },
  { "文艺团", NZ_TEAM, 0, 10, "", "体队员长" },
  /* 煤矿文工团, 市歌舞团: an art or a song-and-dance troupe */
  { "文工团", NZ_TEAM, 0, 10, "", "" },
  { "歌舞团", NZ_TEAM, 0, 10, "", "" },
  { "先锋队", NZ_TEAM, 0, 10, "", "伍员" },
  { "突击小队", NZ_TEAM, 0, 10, "", "" },
  /* 橙色暖心队, 青色护苗队: a team named with 队 alone (three name
   * characters or more, org_min_name); 排队, 团队, 部队, 带队 are none,
   * nor a queue (居民排成长队, 排起了长队) */
  { "队", NZ_TEAM, 0, 6, "排团车部军乐球梯连舰入归带领率列整站组结编中大小分支长",
    "伍员长友列形里内旗" },
  { "小分队", NZ_TEAM, 0, 10, "", "" },
  { "俱乐部", NZ_TEAM, 0, 10, "", "" },
  { "议事会", NZ_TEAM, 0, 10, "", "" },
  { "业委会", NZ_TEAM, 0, 8, "", "" },
  { "业主委员会", NZ_TEAM, 0, 8, "", "" },
  { "党群联盟", NZ_TEAM, 0, 8, "", "" },
  /* 爱心商户联盟, 物业企业联盟, 红色物管联盟: an alliance named by its
   * members (shops, companies, property managers) is a body; so is
   * 南黄古道党建联盟, 清水塘党建联盟, an alliance for Party building named
   * by its place or its trade without quotes ("同心"党建联盟 and
   * “青苇党建联盟”, quoted whole, are brands, programs' kind words, as
   * 青春联盟 and the like are; 区域化党建联盟, 区域党建联盟 are kinds) */
  { "党建联盟", NZ_TEAM, 0, 8, "”\"’」』化域", "”\"’」』" },
  { "商户联盟", NZ_TEAM, 0, 8, "", "" },
  { "商家联盟", NZ_TEAM, 0, 8, "", "" },
  { "企业联盟", NZ_TEAM, 0, 8, "", "" },
  { "物业联盟", NZ_TEAM, 0, 8, "", "" },
  { "物管联盟", NZ_TEAM, 0, 8, "", "" },
  { "考察团", NZ_TEAM, 0, 14, "", "" },
  { "服务团", NZ_TEAM, 0, 12, "", "队" },
  { "指导团", NZ_TEAM, 0, 10, "", "" },
  { "合唱团", NZ_TEAM, 0, 10, "", "" },
  /* 红色故事宣讲团, 夕阳红调解团: a troupe that gives talks, one that
   * settles disputes */
  { "宣讲团", NZ_TEAM, 0, 10, "", "" },
  { "调解团", NZ_TEAM, 0, 10, "", "" },
  { "帮帮团", NZ_TEAM, 0, 8, "", "" },
  /* 老旧小区治理服务顾问团, 社区善治顾问团: a panel of advisers; 七色艺术
   * 工作坊, 银龄花漾手工坊: a workshop of residents who make things
   * together */
  { "顾问团", NZ_TEAM, 0, 12, "", "" },
  { "工作坊", NZ_TEAM, 0, 10, "", "" },
  { "手工坊", NZ_TEAM, 0, 10, "", "" },
  { "指挥部", NZ_TEAM, 0, 14, "", "" },
  /* 民盟省委社会服务部, 渤海老年服务部, 医院医疗服务部: a department, or
   * a small firm, that serves (党群服务部 is a kind of room) */
  { "服务部", NZ_GOV, 0, 10, "群", "" },
  { "领导小组", NZ_TEAM, 0, 10, "", "" },
  /* no 联席会: a joint meeting of units (召开共驻共建联席会, 在
   * 业主联席会上, 月度联席会商机制) is a meeting, not a body */
  { "理事会", NZ_TEAM, 0, 14, "", "议" },
  { "恳谈会", NZ_TEAM, 0, 8, "", "" },
  { "协会", NZ_TEAM, 0, 10, "", "" },
  /* 吕梁市法学会, 中国楹联学会: a learned society (not 学会 that learns:
   * 老人学会用手机, 学生学会了, 居民学会垃圾分类) */
  { "学会", NZ_TEAM, 0, 10, "们人生员童子民众友家长", "了用做使如怎在把写画唱说读分" },
  /* 吕梁市法学会: a law society (法 alone is no name) */
  { "法学会", NZ_TEAM, 0, 8, "", "" },
  /* 拾秋诗社: a poets' society */
  { "诗社", NZ_TEAM, 0, 6, "", "" },
  { "商会", NZ_TEAM, 0, 8, "", "" },
  /* 香港镇江同乡会, 台湾河南同乡总会: the fellows of a hometown */
  { "同乡会", NZ_GOV, 0, 8, "", "" },
  { "同乡总会", NZ_GOV, 0, 8, "", "" },
  { "联合会", NZ_TEAM, 0, 10, "", "" },
  { "社区卫生服务中心", NZ_FACILITY, 0, 12, "", "" },
  { "社区卫生服务站", NZ_FACILITY, 0, 12, "", "" },
  /* 长城花园社区卫生站: the health station of a community or village
   * (not 卫生室, a room that a list of a centre's rooms names by its
   * kind: 建起文化室、社区卫生室、警务室) */
  { "卫生站", NZ_FACILITY, 0, 10, "", "" },
  { "服务中心", NZ_FACILITY, 0, 12, "", "" },
  { "指导中心", NZ_FACILITY, 0, 12, "", "" },
  { "活动中心", NZ_FACILITY, 0, 10, "", "" },
  /* not 城市副中心, 国家中心城市, 中心城区: places in a city's plan;
   * nor 枫湾中心社区, a community named after a centre, nor 三亚中心医院,
   * 镇中心幼儿园, 中心卫生院, 小芦中心小学: a central hospital,
   * kindergarten, clinic, primary school, nor 六星街中心街区, a central
   * block, nor 上街区中心路街道, a street named after its road */
  { "中心", NZ_FACILITY, 0, 10, "为核重市城圆以绕副",
    "校组城社医幼卫小街路" },
  { "服务站", NZ_FACILITY, 0, 10, "", "" },
  { "服务总站", NZ_FACILITY, 0, 12, "", "" },
  { "工作站", NZ_FACILITY, 0, 10, "", "" },
  { "工作室", NZ_FACILITY, 0, 10, "", "" },
  /* 东里社区图书室: a community's room for books (not 活动室: rooms
   * for activities are named by their kind, 党员活动室, 文体活动室) */
  { "图书室", NZ_FACILITY, 0, 10, "", "" },
  { "实践站", NZ_FACILITY, 0, 10, "", "" },
  /* 运城市新时代文明实践指导中心: the centre that guides the practice
   * centres (实践 and 指导 are verbs, that end no name before 指导中心) */
  { "实践指导中心", NZ_FACILITY, 0, 12, "", "" },
  /* 党员志愿服务点, 社区实践基地: set up and unveiled as units are (not
   * 服务点滴, the small things of service) */
  { "服务点", NZ_FACILITY, 0, 12, "", "滴赞" },    /* 为服务点赞 */
  { "实践基地", NZ_FACILITY, 0, 12, "", "" },
  /* 党建联络站, 党建枢纽站, 党建共建基地, 党建工作共建点: a station, base
   * or point that units set up or build together, as 服务站 is (not
   * 共建点多面广, where the points are many) */
  { "联络站", NZ_FACILITY, 0, 12, "", "" },
  { "枢纽站", NZ_FACILITY, 0, 12, "", "" },
  { "共建基地", NZ_FACILITY, 0, 12, "", "" },
  /* 科普教育基地, 党员教育培训基地, 社区志愿服务基地, 共建示范基地,
   * 红色联建基地, 实践教学基地, 社会组织孵化基地: a base that is set up,
   * unveiled and named as a unit is */
  { "教育基地", NZ_FACILITY, 0, 12, "", "" },
  { "培训基地", NZ_FACILITY, 0, 12, "", "" },
  { "服务基地", NZ_FACILITY, 0, 12, "", "" },
  { "示范基地", NZ_FACILITY, 0, 12, "", "" },
  { "联建基地", NZ_FACILITY, 0, 12, "", "" },
  { "教学基地", NZ_FACILITY, 0, 12, "", "" },
  { "孵化基地", NZ_FACILITY, 0, 12, "", "" },
  { "共建点", NZ_FACILITY, 0, 12, "", "多" },
  { "实践所", NZ_FACILITY, 0, 10, "", "" },
  /* no 活动室: a room (党群活动室, 文体活动室) is where units meet, a
   * place, not one of them */
  { "图书馆", NZ_FACILITY, 0, 8, "", "" },
  { "文化馆", NZ_FACILITY, 0, 8, "", "" },
  { "博物馆", NZ_FACILITY, 0, 8, "", "" },
  { "纪念馆", NZ_FACILITY, 0, 8, "", "" },
  { "科技馆", NZ_FACILITY, 0, 8, "", "" },
  { "展览馆", NZ_FACILITY, 0, 8, "", "" },
  { "美术馆", NZ_FACILITY, 0, 8, "", "" },
  { "档案馆", NZ_FACILITY, 0, 8, "", "" },
  /* 桃子剧场, 云南省大剧院: a stage (小剧场 and 大剧院 are kinds:
   * org_min_name), unless a firm's name goes on (…剧院有限公司); a
   * cinema (星美影院) is a business */
  { "剧场", NZ_FACILITY, 0, 8, "", "有公集" },
  { "剧院", NZ_FACILITY, 0, 8, "", "有公集" },
  { "影院", NZ_ENTERPRISE, 0, 8, "电", "有公集" },
  { "服务大厅", NZ_FACILITY, 0, 8, "", "" },
};

/* Single characters that end a name when scanning: function words,
 * pronouns, counters after numbers, and time words; 请, 邀, 像 and 借
 * (我们请桐川农业大学的专家, 活动特邀洛党镇参与, 像桐湖烟草工业有限公司
 * 这样的力量, 借桐川同乡会来社区参观之机); 兼 (书记兼村委会主任). */
static const char lex_stop_chars[] =
  "的了在和与及或是为对把将由从向给被让使到于以并也各该其这那每等即个所还"
  "又再就只之而且但则因此共约达已曾受如着过要能很更最我你他她们它不没有"
  "去全本余多年名位均仅才便若至向据经进辖暨赴抵请邀像携借兼";

/* Words that never belong to a name: verbs and adverbials that stand
 * before organizations in reports. */
static const char lex_stop_words[] =
  "开展 成立 建立 组建 打造 搭建 推进 推动 实施 实行 落实 坚持 发挥 探索 "
  "推出 制定 制订 召开 组织 参与 参加 认领 提供 带领 引导 鼓励 支持 协调 "
  "整合 联合 邀请 依托 利用 通过 按照 围绕 针对 结合 加强 强化 提升 提高 "
  "完善 健全 深化 积极 主动 认真 全面 不断 先后 目前 近年来 以来 今年 去年 "
  "年初 年底 同时 此外 其中 比如 例如 位于 地处 下辖 设立 设置 配备 投资 "
  "新建 改造 培育 举办 启动 承担 负责 帮助 解决 处理 进行 形成 实现 构建 "
  "建强 选派 选聘 吸纳 担任 兼任 作为 成为 表示 介绍 认为 指出 强调 陪同 随同 "
  "调研 走进 来到 深入 前往 走访 慰问 召集 牵头 领导 带动 筹备 聘请 创建 弘扬 "
  /* verbs that take a community as their object (解锁幸福新社区, 重塑社区
   * 服务生态, 社工坐班社区, 看得见社区工作者忙碌的身影) */
  "解锁 重塑 坐班 看得见 "
  /* a kind of village (半农半牧村: half farming, half herding) */
  "半农半牧 "
  /* the growing of bodies (培育发展志愿服务组织) */
  "培育发展 "
  /* a share of the whole (志愿者人数占社区常住人口的15%, 户数占村总户数) */
  "数占 "
  /* what a view takes in (俯瞰大丰镇, 远眺青苇村) */
  "俯瞰 鸟瞰 远眺 眺望 "
  "创新 扎实 全力 大力 着力 努力 持续 高度 重视 充分 切实 进一步 重点 "
  "南接 北接 东接 西接 南邻 北邻 东邻 西邻 南连 北连 东连 西连 西依 东依 "
  "紧邻 辖区 辖内 本报 本报讯 记者 通讯员 实习 按下 驶入 采取 采用 开启 谱写 引进 "
  "签约 入驻 设有 包含 包括 涉及 分包 进驻 吸收 开通 接受 推选 选举 "
  "评选 表彰 命名 授予 获得 荣获 被评为 获评 获批 当选 履职 履行 集中 定期 "
  "全体 所有 多个 各类 各级 上级 下级 基层 一批 一支 多支 两支 一名 "
  "二级 三级 一级 首个 唯一 唯一一个 街区 老城 主城 城区 "
  "每个 每名 每月 每年 这些 那些 先进 优秀 特色 相关 有关 其他 "
  "优化 借力 融合 报送 精心 配强 选优配强 按月 新常态 常态下 狠抓 抓好 "
  "抓实 抓牢 美好 一行 产生 一行来 选举产生 揭牌 助力 惠及 扎根 融入 "
  "部分 若干 一些 所属 各个 服务保障 基于 入股 领会 "
  /* 筑牢社区战斗堡垒, 架起社区党员与居民的连心桥: the verbs of building
   * up and making firm that reports of Party building favour */
  "筑牢 夯实 擦亮 织密 做实 压实 扮靓 深耕 托起 架起 搭起 撑起 筑起 "
  "串起 "
  /* 与当地河湖长制办公室: the place's own, not a name */
  "当地 本地 "
  /* 5个社区分属联珠镇党委和通关镇党委: belong each to; the sides of a
   * pact, before their own team: 共建双方津税巾帼志愿服务队; where a
   * unit is stationed: 联合驻地桐荫社区党总支, 同驻地社区 */
  "分属 双方 三方 驻地 "
  /* visits, nouns of action in the dictionary: 参观南湖街道, 莅临 */
  "参观 莅临 观摩 探访 "
  /* time words: 今后社区建设, 下一步桐荫里社区党委, 谈及最近街道办事处,
   * 那时候小区附近, 疫情期间南京晓庄学院; the time of day after a
   * date: 15日上午童子山社区党委, 1月昨日, 3日傍晚 */
  "今后 当前 最近 近期 近日 日前 此前 如今 现在 当下 眼下 以往 当时 平时 "
  "今天 昨天 下一步 一步 首届 时候 那时 这时 此时 届时 期间 当天 当日 "
  "上午 下午 中午 晚上 早上 凌晨 傍晚 清晨 早晨 昨日 今日 周末 晚间 夜间 "
  /* days of the week: 每周一、周五学校放学后 */
  "周一 周二 周三 周四 周五 周六 周日 "
  /* verbs of governance reports not in verbs.inc: 规范社区志愿服务,
   * 助推社区共建, 找准社区需求, 赋能社区治理, 派驻苇源县桂坪村, 美化
   * 社区环境, 升级智慧社区, 实地指导社区工作 */
  "规范 助推 找准 赋能 激活 夯实 盘活 链接 派驻 美化 升级 实地 "
  /* 补齐小区短板, 铺设小区管网, 清理园区垃圾, 汇报街道工作, 择优选配
   * 物业小区, 拓宽学校与社区合作, 拉近工商联与居民的距离, 带队来学校 */
  "补齐 铺设 清理 汇报 择优 选配 拓宽 拉近 带队 "
  /* 评价社区工作做得好, 全面理顺社区居委会, 街道特邀社区内老党员, 整治
   * 小区环境, 践行医院担当 */
  "评价 理顺 特邀 整治 践行 "
  /* 共同商议社区的公共事项, 一起商讨今后党建联盟的工作 */
  "商议 商讨 "
  /* 党员志愿者柏丽入户宣传, 入户走访社区居民: going into homes */
  "入户 "
  /* 结对帮扶点马营村, 联系点某社区: a place a unit helps or keeps in
   * touch with, before its name; so is a model one ("文明社区"示范点
   * 柳岸社区) */
  "帮扶点 联系点 联络点 示范点 "
  /* 城管局牵手旺岐社区: joining hands with a unit */
  "牵手 "
  /* 党支部领办青枫贡梨种植专业合作社: a branch leads a cooperative it
   * set up */
  "领办 "
  /* verbs of contact, study and writing: 积极联系社区, 协调联络桐川某
   * 有限公司, 党员齐聚"某某里"党群服务站, 研析社区和群众最关切的问题,
   * 书写社区治理新篇章, 感觉社区把我当成了自家人 */
  "联系 联络 齐聚 研析 书写 感觉 "
  /* verbs whose object is a body or a place: 充分动员政府、企业和社会,
   * 没有影响党支部的作用发挥, 双方签定党支部结对共建协议, 紧扣区委部署,
   * 立足社区实际, 用好新党群服务中心, 用活幼儿园 (not 会同: 会同县 is a
   * county) */
  "动员 影响 签定 紧扣 立足 用好 用活 "
  /* 投身社区, 共创文明社区; 美丽社区 and 宜居社区 are what a community
   * becomes, not its name (jieba tags 美丽 and 宜居 as places) */
  "投身 共创 美丽 宜居 "
  /* 吹响社区"虹号": sounding a community's call */
  "吹响 "
  /* degree words: 一个较大型社区 */
  "较大 较小 较为 "
  /* what is kept in mind: 不忘园区党委多年来的支持, 铭记社区的帮助 */
  "不忘 牢记 铭记 "
  /* where one lives, what is sent or given where: 赵金兰家住桥北社区,
   * 选址社区中心, 被派往石柱县, 贡献党校力量, 撬动产业园区; 辖区内 is
   * inside an area (辖区内格林豪森小区) */
  "家住 选址 派往 贡献 撬动 辖区内 "
  /* what is done to a community or what kind it is, no name: 落户社区,
   * 深挖社区资源, 陪伴社区老人, 勾勒出社区新貌, 净化社区环境, 热心社区
   * 事务, 优质社区, 善治社区, 新老社区, 两大社区 */
  "落户 探究 深挖 陪伴 勾勒 勾勒出 净化 热心 优质 善治 新老 两大 "
  /* 倒逼社区认真谋划: pressing a unit to act; 串联5个居民区: linking
   * them, 联动云东海街道横涌村委会: and working with them; 新城的核心区
   * 方松街道: a town's core, no district */
  "倒逼 串联 联动 核心区 "
  /* 多亏了邻村雅溪村党员: a neighbouring village, then its name */
  "邻村 ";

static const char lex_kind_words[] =
  "工作法 党建工作法 工作机制 联动机制 服务机制 机制 制度 工作思路 总体思路 "
  "思路 理念 新理念 活动 行动 工程 品牌 平台 模式 项目 标准 原则 措施 "
  "载体 方案 计划 体系 格局 新格局 链条 要求 比赛 演出 联动 服务 建设 "
  "形式 战略 网络 举措 办法 系统 目标 激励 工作模式 主题活动 实践活动 "
  "评选活动 争创活动 评定活动 服务活动 品牌工程 服务平台 工作 "
  "接待日 服务日 活动日 主题党日 开放日 宣传日 方针 工作方针 "
  "创建 争创 成果 党建成果 "
  /* "不忘初心、牢记使命"主题教育, "两学一做"学习教育 */
  "主题教育 学习教育 "
  /* "居民点单、党委领办、多方共治"实施路径, "…"方式, "…"红色物业示范点;
   * 塑造"书香某某"文化名片: a brand a unit is known by */
  "路径 方式 示范点 名片 "
  /* 新时代"枫桥经验": a way of work named after where it was first
   * tried */
  "经验 "
  /* "同心"党建联盟, "十有"小区党员阵地 */
  "联盟 党建联盟 阵地 党员阵地 "
  /* "社区党委—小区党支部—楼栋党小组"组织架构 (a 宗旨, an aim, is
   * none: 以"…"为宗旨) */
  "架构 组织架构 "
  /* "发现—上报—办理—回访"一体化治理闭环: the loop a case goes round */
  "闭环 治理闭环 "
  /* "家在东涂"小程序, "和美社区"微信小程序: an app a unit runs */
  "小程序 微信小程序 "
  /* "家庭微课堂", "板凳课堂", "四点半课堂": a class a unit holds for
   * residents; "红色"大讲堂 */
  "课堂 微课堂 讲堂 大讲堂 "
  /* 一项名为"分片治理"的改革, "放管服"改革: a reform a unit carries out */
  "改革 ";

static const char lex_program_verbs[] =
  "开展 实施 推行 实行 落实 运用 坚持 打造 搭建 推出 探索 建立 认领 推动 "
  "做实 做细 完善 建强 采取 启动 深化 推进 开创 创建 举办 组织 设立 构建 "
  "倡导 践行 健全 规范运用 按照 围绕 突出 明确 创新推出 创新实施 实行了 "
  "开展了 实施了 探索制定了 制定了 打造了 推出了 建立了 举行 举行了 "
  /* 创立"社区合伙人", 创新构建的"立体学习圈" */
  "创立 构建的 打造的 推出的 创建的 探索的 "
  /* 每月召开"邻里长桌会": a meeting a unit holds again and again */
  "召开 召开了 ";

static const char lex_establish_verbs[] =
  "成立 组建 建立 设立 组成 筹建 创建 新建 建成 成立了 组建了 建立了 领办 "
  "打造 创办 ";

static const char lex_cobuild_words[] =
  "联建共建 共驻共建 联建 共建 结对 结成对子 结对共建 签约共建 帮扶对子 "
  "共建对子 签约 互联互建 包联 ";

static const char lex_posts[] =
  "书记 副书记 总书记 部长 副部长 主任 副主任 局长 副局长 区长 副区长 市长 "
  "副市长 县长 副县长 镇长 乡长 主席 副主席 常委 处长 科长 站长 队长 社长 "
  "院长 校长 经理 总经理 董事长 所长 组长 楼院长 楼长 网格长 理事长 会长 "
  /* the head of a courtyard of houses (院落长葛兰芳, 院坝长) */
  "院落长 院坝长 "
  "秘书长 党工委书记 支部书记 主任委员 政委 组织员 党代表 委员 组织委员 "
  "宣传委员 纪检委员 调研员 巡视员 一级调研员 二级调研员 三级调研员 "
  "四级调研员 一级巡视员 二级巡视员 干事 第一书记 社区书记 负责人 "
  /* a civil servant's rank (四级主任科员孙伯垚) */
  "主任科员 一级主任科员 二级主任科员 三级主任科员 四级主任科员 "
  "副主任科员 科员 "
  /* the head of a section below a 科 (房管所股长柏文清) */
  "股长 副股长 "
  "老党员 党员 在职党员 居民 志愿者 网格员 楼栋长 单元长 住户 业主 "
  /* 社区志愿服务者唐小玲 */
  "志愿服务者 "
  "工作人员 执法人员 社区工作者 社工 监督员 调解员 "
  /* 志愿者代表魏春明, “物业企业联盟”代表张峻: a representative */
  "代表 "
  /* doctors, teachers, the chairs of the democratic parties' committees */
  "医师 主任医师 副主任医师 主治医师 医生 护士长 教授 副教授 老师 辅导老师 "
  "辅导员 主委 副主委 "
  /* a bank's heads; who a resident is (村民, 老人) or what work they do
   * (外卖骑手赵晓宇, 网约车司机张博, 快递员葛涛, 外卖小哥柏磊) */
  "行长 副行长 村民 老人 骑手 司机 快递员 外卖员 外卖小哥 快递小哥 小哥 "
  /* leaders visiting (部领导宁海松, 市领导柏岚), the head of a block of
   * neighbours (邻长葛晓岚), a member of a team (工作队队员葛晓岚) and a
   * cadre sent down to a community or a Party member who is one (下沉干部
   * 柏文海, 党员干部宁海松) */
  "领导 邻长 队员 下沉干部 党员干部 "
  /* who came home from abroad and their kin (归侨柏秀兰, 侨眷葛文) */
  "归侨 侨眷 "
  /* a reporter named in the story's text (封面新闻记者宁丽苹与居民
   * 交流), not in its byline */
  "记者 "
  /* who started a hall or a group, and a cadre in charge of a village
   * (发起人柏文海, 包村干部宁海松) */
  "发起人 包村干部 "
  /* roles of the work done in a community or an office, and deputies
   * (宣讲员柏文清, 党建指导员葛晓岚, 副站长宁海松) */
  "指导员 党建指导员 网格指导员 教导员 讲解员 宣讲员 联络员 信息员 "
  "安全员 管理员 网格管理员 协管员 护林员 保洁员 辅警 民警 律师 教师 "
  "园长 厂长 馆长 团长 专干 党建专干 村医 支书 村支书 会计 工程师 "
  "技术员 大队长 中队长 支队长 指挥长 副队长 副站长 副所长 副院长 "
  "副校长 副经理 副总经理 副会长 副秘书长 副理事长 村委委员 "
  /* ranks of researchers, members of a society or a council, and the
   * arts they are known for (副研究员邢晓明, 会员唐群, 理事苏志广,
   * 书画家马凤柏) */
  "研究员 副研究员 助理研究员 理事 常务理事 会员 书法家 书画家 画家 "
  "作家 艺术家 音乐人 "
  /* an accountant's and an inspector's posts, a women's federation's
   * executive, an officer, who farms or runs a firm, the head of a group
   * of households and a cadre sent to a village (总会计师张丽红, 总督学,
   * 妇联执委, 营长, 企业家, 种植户, 菜农, 联户长郭兰, 驻村干部) */
  "总会计师 会计师 总督学 督学 执委 营长 连长 企业家 种植户 养殖户 "
  "菜农 果农 联户长 驻村干部 "
  /* a worker named by the trade (义务清洁工葛立忠, 修理工柏振发, 水电工)
   * and the young (青少年宁帅) */
  "清洁工 修理工 维修工 水电工 环卫工 青少年 "
  /* a household that leads by example, a resident in need, a cadre
   * posted to a community and one who starts a business (党员先锋户柏铁,
   * 困难群众葛润清, 驻守干部宁雪琰, 青年创业者柴科霖) */
  "先锋户 困难群众 驻守干部 创业者 "
  /* a Party member who looks after the households around (党员中心户) */
  "中心户 党员中心户 "
  /* a lecturer and a commissioner (讲师杨淑兮, 两新党建专员张薛) */
  "讲师 专员 党建专员 "
  /* the members of a group after its heads (组长柏岚，成员葛晓岚、宁海松)
   * and a pupil who speaks (学生柏文海说) */
  "成员 学生 "
  /* posts of courts and procuratorates (立案庭庭长柏岚, 检察长宁海松)
   * and a graduate serving a village or a community (村官葛晓岚) */
  "庭长 副庭长 审判长 审判员 法官 检察长 副检察长 检察官 书记员 "
  "村官 大学生村官 "
  /* heads of a province, a prefecture, a banner or a league and of a
   * provincial department (省民政厅副厅长庄侃, 州长, 旗长), and a
   * premier (not 司长: 物业公司长沙项目) */
  "厅长 副厅长 省长 副省长 州长 副州长 旗长 副旗长 盟长 总理 副总理 "
  /* an elder whose birthday is kept (老寿星张月英) and a family moved
   * here (移民马贵兰, 搬迁户) */
  "老寿星 寿星 移民 搬迁户 "
  /* one held up as a model (模范人物王献忠, 先进人物) */
  "人物 模范人物 先进人物 典型人物 "
  /* the contact a unit names for a place (社区联系人葛晓岚; not 干部
   * alone: 党员联户、干部包片, where 包 is the verb) */
  "联系人 "
  /* who a person is by what they pursue or the work they staff
   * (剪纸爱好者柏文清, 公共卫生人员葛晓岚) */
  "爱好者 人员 "
  /* a worker of a farm or a firm, one who leads others in getting rich
   * and a villager who knows the law (职工柏文清, 致富带头人葛晓平,
   * “法律明白人”宁海松) */
  "职工 带头人 明白人 ";

/* Byline roles: the first group are authors, the rest contributors. */
static const char lex_author_roles[] =
  "记者 本报记者 实习记者 见习记者 特约记者 融媒记者 摄影记者 首席记者 "
  /* who wrote the text: 文/柏文清, 文：柏文清 */
  "文/ 文： 文: ";
static const char lex_contrib_roles[] =
  "通讯员 摄影 编辑 责任编辑 校对 本报通讯员 特约通讯员 实习生 作者 "
  "实习编辑 见习编辑 文字 图文 文图 文图/ 撰稿 文稿 文案 供稿 供图 审核 初审 复审 终审 一审 二审 三审 审校 校审 审签 组稿 责编 美编 编审 监制 总监制 "
  /* the editor in chief, the drafter and the reviewers of a page's
   * credits (审核人:王耀军, 拟稿人:柏岚) */
  "主编 监审 审核人 审稿人 拟稿人 撰稿人 "
  /* the editor on duty of a paper's page: 值班总编:张军涛 */
  "总编 总编辑 值班总编 值班主任 值班编辑 "
  /* a video's credits: 编导/摄像 柏文清, 制作/包装 宁小雨 */
  "编导 摄像 编导/摄像 制作/包装 剪辑 配音 策划 "
  /* who wrote the text and took the pictures: 文/图 柏文清 宁小雨; who
   * took them after 文/柏文清: 图/宁小雨 */
  "文/图 图/文 文/摄 图/ 摄/ "
  /* who took them: （文：柏文清/摄：宁小雨）; not 图：, which opens a
   * caption as often */
  "摄： 摄: ";

/* Words that make a name generic when it consists of nothing else. */
static const char lex_generic_words[] =
  "党员 志愿者 志愿 服务 党建 综合 便民 社区 街道 群众 居民 工作 活动 "
  "党群 管理 城市 文化 卫生 在职 机关 基层 党组织 非公 两新 各类 专业 "
  "物业 大型 小型 企业 农村 行政村 网格 楼院 楼栋 小区 楼宇 中小 多功能 "
  /* 路段党支部: the branch of a stretch of road, one of several; 片区党建
   * 联盟, 区域党建联盟: of an area */
  "路段 片区 区域 "
  "独立 老年 青年 妇女 儿童 健身 医疗 社会 支部 城乡 周边 地方 试点 示范 "
  "品牌 特色 文明 先进 标杆 样板 重点 超大 包保 典型 综合型 星级 "
  /* 老旧社区, 城中村: kinds of units, by their age or place; 弃管小区,
   * 弃管社区: ones no firm manages */
  "老旧 城中 弃管 "
  /* 行业协会, 家长学校, 内地社区, 回迁房小区: kinds of units, by the trade,
   * the people or the housing they serve */
  "行业 家长 内地 回迁房 "
  /* 城镇商品房小区, 保障性住房小区, 散居楼群小区, 企业遗留小区, "三无小区",
   * 巨无霸小区, 现代活力小区, 智慧小区: kinds of compounds, by their
   * housing, their history, their size or what they are made (not 绿化:
   * 绿化支部 is a unit's branch for its greening) */
  "城镇 商品房 保障房 保障性住房 散居 楼群 遗留 三无 巨无霸 现代 活力 智慧 "
  /* 驻村工作队: a team named by where it is stationed, as every village
   * that is helped has one (resolve.c keeps one written alone as a team
   * of its story only) */
  "驻村 "
  /* 重点帮促村: a village that units help (帮促, as 帮扶), a kind */
  "帮促 "
  /* 软弱涣散村, 上访村, 问题村: a village by how its Party body fails
   * or what its people do, a kind */
  "软弱涣散 上访 问题 "
  /* 多功能小区党群服务站: what it is for, not a name (功能 reads on in
   * 功能性楼宇党总支) */
  "功能 "
  /* 区域性党建中心, 高标准服务站, 区、街两级党群服务中心: how far it
   * reaches, how good it is or how it serves, not a name (省级机关医院 is
   * a hospital's name: no 省级) */
  "区域性 高标准 高质量 综合性 标准化 规范化 两级 三级 "
  /* 日间照料中心, 政务中心, 平价超市, 银行网点: kinds of places by the
   * service they give or the price they ask, no names */
  "日间照料 日间 照料 政务 平价 银行 "
  /* 新时代文明实践所: the kind of place every county and town keeps for
   * civic practice, no name */
  "新时代 实践 ";

/* Nouns that hold a function character (和, 能, 经, 年, 向) or a verb
 * and are written in the names of streets, roads and institutions:
 * 和平路街道, 河北能源职业技术学院, 老年日间护理中心, 向阳街道.  The
 * backward scan reads on through them. */
static const char lex_stop_nouns[] =
  "和平 能源 经济 共和 老年 向阳 "
  /* economy and trade, management, information, development, written
   * short: 井冈山经贸学校, 经管学院, 区经信局, 经发局 */
  "经贸 经管 经信 经发 "
  /* 功能性楼宇党总支, 上海市公共卫生临床中心; 生态安全研究院, 应急
   * 安全服务中心 */
  "功能 公共 安全 "
  /* kinds of people named by a verb (退役, 就业): 退役军人服务站,
   * 街道新就业群体党支部 */
  "退役军人 就业群体 "
  /* what a park or a base is for and how a trade is done, written in
   * their names: 桐川创新创业园党总支, 青禾创新发展基地, 枫林区网约车
   * 司机党支部 */
  "创新创业 创新发展 网约车 "
  /* a firm's trade: 建安给排水工程有限责任公司; a college's level:
   * 铜仁幼儿师范高等专科学校 (等, and so on, inside) */
  "给排水 高等 "
  /* a hospital's kind of medicine: 吉林中西医结合医院 */
  "中西医结合 "
  /* words that begin with 自, which opens no name at the head of a
   * clause (自桐湖集团党委与柳岸镇党委结对以来: orgs.c): 自然资源局,
   * 自治区, 自来水公司, 自贡市, 自流井区, 自动化系 */
  "自然资源 自治区 自治州 自治县 自治旗 自来水 自贡 自流井 自动化 "
  /* places whose names begin with the pronoun 那: 那曲市, 那坡县, 那大镇 */
  "那曲 那坡 那大 "
  /* a school's years: 高年级学生第二党支部, 三年级 */
  "年级 高年级 低年级 ";

/* Words of figurative quotations rather than names of programs. */
static const char lex_figure_words[] =
  "公里 公斤 万元 亿元 小时 分钟 岁 米 度 ";

static const char lex_surnames[] =
  "王李张刘陈杨周黄孙吴徐赵林胡朱梁郭高何马郑罗宋唐谢叶韩任潘于冯蒋董吕邓"
  "许曹曾袁汪程田彭钟蔡魏沈方卢余杜丁苏贾姚姜陆戴傅夏廖萧石江范谭邹崔薛邱"
  "康史侯邵熊秦雷孟庞白毛郝钱段俞洪汤顾贺龚尹万龙赖章孔武邢颜梅阮黎常倪施"
  "乔樊严齐陶温文易兰闫芦牛尚安管殷霍翟佘葛庄伍辛练申付曲焦项代鲁季覃毕麦"
  "阳耿舒聂盛童祝柳单岳骆纪欧房左尤凌韦景詹莫郎路宁关丛翁容亢柯鲍蒲苗牟谷"
  "裴商初屈成包游司祁强靳甘席瞿卜褚解臧时费班华全涂卓饶应卫丘隋米闵畅喻冉金"
  "宫甄宣穆谈匡帅车母查戚符缪昌娄滕位奚边卞桂邝苟柏井冀邬吉敖桑池简蔺连艾"
  "蓝窦封迟姬刁栾冷杭郁晋虞佟苑屠蒙辜廉巩麻晏师鄢燕岑仲揭仇邸宗荆盖茅荣沙"
  "郜巫鞠劳诸乐双花冼尉丰寇栗况楼满湛谌储皮楚胥厉闻支旷嵇衣逄裘薄束宿逯"
  "伊修粟漆阙禹银祖惠伦候阚慕戈富伏习狄危雍蔚索居浦权芮濮寿凡卿酆苻保郗"
  "向訾肖柴暴雒折朴矫经鹿茹昝"
  /* rarer ones (党委组织委员晁文清, 老党员禚海松, 社区书记阎立新,
   * 宣传部长戎海川); not 占, a verb far more often (占绝大多数, 占比) */
  "晁谯禚浣阎仝邰亓綦荀扈戎";
static const char lex_compound_surnames[] =
  "欧阳 上官 司徒 皇甫 长孙 令狐 诸葛 司马 东方 夏侯 慕容 尉迟 公孙 "
  /* the family names of the Yi, two characters before a given name of
   * two (吉克阿呷, 沙马日火), from general knowledge; not those that
   * begin Han names or places (马海, 阿尔山) */
  "阿苏 吉克 沙马 曲比 海来 俄木 吉伍 勒格 尔古 阿约 巴莫 吉狄 瓦扎 "
  "莫色 阿侯 马黑 阿什 俄底 吉木 曲木 ";

/* Characters that start the word after a name ("武学德表示", "秦晓辉在"). */
static const char lex_name_followers[] =
  "表介认指说强陪主带一同参出调到对为是也都还就率称告向在的等和与及、，,。家致"
  "（(：:；/";

/* Characters that do not occur in personal names but do in titles; and
 * 某, which stands for a name a report keeps back (刘某, 张某某). */
static const char lex_not_in_name[] =
  "委部区社党局院市省县镇乡村组队团站会处科室办长员记街道厂司中心所某";

/* The long lists of verbs.inc, notnames.inc, phrasewords.inc and
 * crosswords.inc, hashed at build time by lexgen (lexwords.h, generated):
 * lex_gen_verbs, lex_gen_notnames, lex_gen_phrase and lex_gen_cross
 * (tags: 0 cross words, 1 hold words, 2 place words, 3 place words
 * the dictionary tags otherwise); and
 * lex_gen_place_pair, the first two characters of the place words (the
 * pairs of lex_gen_cross are of its 27,000 words). */
#include "words.h"
#include "lexwords.h"

/* ---- the short lists, hashed once per process --------------------------- */

static pthread_once_t lex_once = PTHREAD_ONCE_INIT;
static nz_words_buf lex_stop, lex_kind, lex_pverb, lex_estab, lex_cobuild,
  lex_post, lex_role, lex_generic, lex_figure, lex_csurname, lex_stopc,
  lex_stopnoun, lex_surname1, lex_follow, lex_notname;
/* nz.h: the lists its inline lookups read */
const nz_words *const nz_lex_estab_words = &lex_estab.l,
  *const nz_lex_cobuild_words = &lex_cobuild.l,
  *const nz_lex_post_words = &lex_post.l,
  *const nz_lex_role_words = &lex_role.l;

/* The suffixes by first code point (c & 4095), longest first: the
 * suffix lookup, asked at every position of a text, compares only the
 * few that start with its character. */
#define LEX_NSUFFIX (sizeof lex_suffixes / sizeof *lex_suffixes)
static short lex_sfx_head[4096];
uint64_t nz_lex_sfx_first[64];  /* nz.h: bit c & 4095 of the heads above */
uint64_t nz_lex_sfx_one[64], nz_lex_sfx_pair[NZ_WORDS_PAIR_WORDS];  /* nz.h */

/* A suffix of one code point into nz_lex_sfx_one, the first two of a
 * longer one into nz_lex_sfx_pair (kinds.c). */
static void
lex_sfx_mark_pair(const uint32_t *cp, size_t n)
{
  uint32_t pr = n >= 2 ? NZ_WORDS_PAIR(cp[0], cp[1]) : 0;

  if(n == 1)
    nz_lex_sfx_one[(cp[0] & 4095) >> 6] |= UINT64_C(1) << (cp[0] & 63);
  else
    nz_lex_sfx_pair[(pr & (NZ_WORDS_PAIR_WORDS * 64 - 1)) >> 6] |=
      UINT64_C(1) << (pr & 63);
}
static short lex_sfx_next[LEX_NSUFFIX];
static uint32_t lex_sfx_cp[LEX_NSUFFIX][8];
static unsigned char lex_sfx_len[LEX_NSUFFIX];
/* Bit (c & 1023) of [k][0] (of [k][1]): c may be a character of suffix
 * k's skip_before (skip_after); nz_char_in says whether it is.  A suffix
 * is tested at most positions where its chain is, and most characters
 * there are in neither set: one bit test instead of a search. */
static uint64_t lex_sfx_skip[LEX_NSUFFIX][2][16];
#define LEX_SKIP_BIT(k, w, c) (lex_sfx_skip[k][w][((c) & 1023) >> 6] >> \
                               ((c) & 63) & 1)

/* Mark the characters of @set in @bits; all of them when it holds more
 * than this can read (never, for the sets of lex_suffixes). */
static void
lex_sfx_skip_set(uint64_t *bits, const char *set)
{
  uint32_t c[128];
  size_t n = nz_utf8_codes(set, strlen(set), c, 128), j;

  if(n == 128) {
    memset(bits, 0xFF, 16 * sizeof *bits);
    return;
  }
  for(j = 0; j < n; j++)
    bits[(c[j] & 1023) >> 6] |= UINT64_C(1) << (c[j] & 63);
}

static void
lex_sfx_index(void)
{
  size_t i, L;

  for(i = 0; i < 4096; i++)
    lex_sfx_head[i] = -1;
  for(i = 0; i < LEX_NSUFFIX; i++) {
    lex_sfx_skip_set(lex_sfx_skip[i][0], lex_suffixes[i].skip_before);
    lex_sfx_skip_set(lex_sfx_skip[i][1], lex_suffixes[i].skip_after);
  }
  for(L = 8; L > 0; L--)           /* longest first within each chain */
    for(i = LEX_NSUFFIX; i-- > 0;) {
      const char *t = lex_suffixes[i].text;
      size_t n = nz_utf8_codes(t, strlen(t), lex_sfx_cp[i], 8);
      short *at;
      if(n != L)
        continue;
      lex_sfx_len[i] = (unsigned char)n;
      at = &lex_sfx_head[lex_sfx_cp[i][0] & 4095];
      while(*at >= 0 && lex_sfx_len[*at] >= n)
        at = &lex_sfx_next[*at];
      lex_sfx_next[i] = *at;
      *at = (short)i;
      nz_lex_sfx_first[(lex_sfx_cp[i][0] & 4095) >> 6] |=
        UINT64_C(1) << (lex_sfx_cp[i][0] & 63);
      lex_sfx_mark_pair(lex_sfx_cp[i], n);
    }
}

/* The lists of single characters, asked of a character at most positions
 * of a text (function characters, surnames, what follows a name, what a
 * name never holds): a bit per code point of the Basic Multilingual
 * Plane, where all their characters are, set from the list once; one
 * test instead of a hash probe.  Beyond the plane, the list is asked. */
typedef struct lex_chars {
  const nz_words_buf *l;
  uint64_t bmp[0x10000 / 64];
} lex_chars;
static lex_chars lex_stopc_bmp = { &lex_stopc, { 0 } },
  lex_surname1_bmp = { &lex_surname1, { 0 } },
  lex_follow_bmp = { &lex_follow, { 0 } },
  lex_notname_bmp = { &lex_notname, { 0 } };

static void
lex_chars_fill(lex_chars *s)
{
  const nz_words *l = &s->l->l;
  size_t k;

  for(k = 0; k < l->n; k++) {
    uint32_t c = l->pool[l->w[k].off];
    if(l->w[k].n == 1 && c < 0x10000)
      s->bmp[c >> 6] |= UINT64_C(1) << (c & 63);
  }
}

static void
lex_init(void)
{
  lex_sfx_index();
  nz_words_add_text(&lex_stop, lex_stop_words, 0, 0);
  nz_words_add_text(&lex_kind, lex_kind_words, 0, 0);
  nz_words_add_text(&lex_pverb, lex_program_verbs, 0, 0);
  nz_words_add_text(&lex_estab, lex_establish_verbs, 0, 0);
  nz_words_add_text(&lex_cobuild, lex_cobuild_words, 0, 0);
  nz_words_add_text(&lex_post, lex_posts, 0, 0);
  nz_words_add_text(&lex_role, lex_author_roles, 1, 0);
  nz_words_add_text(&lex_role, lex_contrib_roles, 2, 0);
  nz_words_add_text(&lex_generic, lex_generic_words, 0, 0);
  nz_words_add_text(&lex_figure, lex_figure_words, 0, 0);
  nz_words_add_text(&lex_stopnoun, lex_stop_nouns, 0, 0);
  nz_words_add_text(&lex_csurname, lex_compound_surnames, 0, 0);
  nz_words_add_text(&lex_stopc, lex_stop_chars, 0, 1);
  nz_words_add_text(&lex_surname1, lex_surnames, 0, 1);
  nz_words_add_text(&lex_follow, lex_name_followers, 0, 1);
  nz_words_add_text(&lex_notname, lex_not_in_name, 0, 1);
  lex_chars_fill(&lex_stopc_bmp);
  lex_chars_fill(&lex_surname1_bmp);
  lex_chars_fill(&lex_follow_bmp);
  lex_chars_fill(&lex_notname_bmp);
}

/* 延边州政协委员: the members of a named place's 政协 (a place's
 * suffix right before it, a name character before that) are its
 * members, and the 政协 a body; 区政协委员 and bare 政协委员 name a
 * post only. */
static int
lex_named_members(const uint32_t *cp, size_t i, size_t n, const nz_suffix *s)
{
  return s->kind == NZ_GOV && i >= 2 && nz_match(cp, i, n, "政协委员") &&
         nz_char_in("省市县区州旗", cp[i - 1]) && nz_is_cjk(cp[i - 2]) &&
         !nz_lex_stop_char(cp[i - 2]);
}

/* The tables live for the whole process.  A failed build (out of memory)
 * leaves a list partly empty, which only makes the loader find less. */
void
nz_lex_ready(void)
{
  pthread_once(&lex_once, lex_init);
}

static int
lex_char(const lex_chars *s, uint32_t c)
{
  if(c < 0x10000)
    return s->bmp[c >> 6] >> (c & 63) & 1;
  return nz_words_find(&s->l->l, &c, 1) >= 0;
}

/* 桐州区长滩镇, 青苇县城关镇: 区长 (a district's head) and 县城 (a
 * county seat) are words, but where 长 or 城 at cp[j] begins a name of
 * two to four characters that the suffix of a unit below @above ends
 * (长滩镇, 城关镇, 城东社区; after a town, 长滩社区 of 长滩镇长滩社区,
 * though 镇长 is a post), the place's suffix before it stands (not
 * 县城乡居民, 区长到石桥镇调研, nor a post before a person's name: 区长李明
 * 表示). */
static int
lex_town_after(const uint32_t *cp, size_t j, size_t n, int above)
{
  const nz_suffix *s;
  size_t k, l;

  if(j >= n || !nz_char_in("长城", cp[j]))
    return 0;
  for(k = j + 1; k < n && k <= j + 4; k++) {
    if(k >= j + 2 && (s = nz_lex_suffix(cp, k, n, &l)))
      return s->kind == NZ_ADMIN && s->level > above &&
             s->level >= NZ_LV_TOWN && s->level <= NZ_LV_VILLAGE;
    if(!nz_is_cjk(cp[k]) || nz_lex_stop_char(cp[k]))
      return 0;
  }
  return 0;
}

/* Is a village or community named in the few characters from cp[j]
 * (八门城镇大塔沽村: the unit below a town)? */
static int
lex_village_after(const uint32_t *cp, size_t j, size_t n)
{
  const nz_suffix *s;
  size_t k, l;

  for(k = j + 1; k < n && k <= j + 5; k++) {
    if(!nz_is_cjk(cp[k - 1]) || nz_lex_stop_char(cp[k - 1]))
      return 0;
    if(k >= j + 2 && (s = nz_lex_suffix(cp, k, n, &l)))
      return s->kind == NZ_ADMIN && s->level == NZ_LV_VILLAGE;
  }
  return 0;
}

/* For a town's suffix at cp[i] after 城 and a name of @name characters:
 * is the character before the name (cp[i - 3] for one, cp[i - 4] for
 * two) a city or county's suffix that a name of its own stands before
 * (not 全县, 各区, 本市, 我区)? */
static int
lex_city_before(const uint32_t *cp, size_t i, size_t name)
{
  return i >= name + 3 && nz_char_in("市县区旗", cp[i - name - 2]) &&
         nz_is_cjk(cp[i - name - 3]) &&
         !nz_char_in("全各本该我每", cp[i - name - 3]);
}

/* nz_lex_suffix (nz.h) where the chain of cp[i] is not empty. */
/* 万宁市万城镇, 桐川县石城镇, 桐溪区古城镇: a town whose one-character
 * name ends with 城 (the 镇 at cp[i]), written right after its city or
 * county, where 城镇 (towns) is no word; not 全县城镇, 全县小城镇, 城镇化
 * (古 is no word with 城镇, though 古镇 is one).  So is one whose Party
 * committee or government follows (万城镇党委宣传委员, 万城镇委), as the
 * towns in general have none; and one of a two-character name after its
 * county that a village of its own follows (宝溪区八门城镇大塔沽村). */
static int
lex_town_of_city(const uint32_t *cp, size_t i, size_t n, const nz_suffix *s)
{
  int body = nz_match(cp, i + 1, n, "党委") || nz_match(cp, i + 1, n, "委") ||
             nz_match(cp, i + 1, n, "政府") ||
             nz_match(cp, i + 1, n, "人民政府");

  if(s->kind != NZ_ADMIN || s->level != NZ_LV_TOWN || i < 2 ||
     cp[i - 1] != 0x57CE ||                                       /* 城 */
     (i + 1 < n && cp[i + 1] == 0x5316))                          /* 化 */
    return 0;
  if(lex_city_before(cp, i, 2) && lex_village_after(cp, i + 1, n) &&
     nz_is_cjk(cp[i - 3]) && !nz_lex_stop_char(cp[i - 3]) &&
     nz_is_cjk(cp[i - 2]) && !nz_lex_stop_char(cp[i - 2]))
    return 1;
  return (lex_city_before(cp, i, 1) ||
          (body && (i == 2 || !nz_is_cjk(cp[i - 3]) ||
                    nz_lex_stop_char(cp[i - 3])))) &&
         nz_is_cjk(cp[i - 2]) && !nz_lex_stop_char(cp[i - 2]) &&
         (cp[i - 2] == 0x53E4 ||                                  /* 古 */
          !nz_char_in(s->skip_before, cp[i - 2]));
}

/* 蓝新小区, 街道长新小区: a compound whose two-character name ends with
 * 新 (the 小区 at cp[i]), written where a name starts (after 的, a
 * comma, a street or community); not 一些新小区, 搬到新小区, 建成新小区,
 * where 新 is new. */
static int
lex_new_compound(const uint32_t *cp, size_t i, const nz_suffix *s)
{
  return s->kind == NZ_ADMIN && s->level == NZ_LV_COMPOUND && i >= 2 &&
         cp[i - 1] == 0x65B0 &&                                   /* 新 */
         nz_is_cjk(cp[i - 2]) && !nz_lex_stop_char(cp[i - 2]) &&
         !nz_char_in("些个座批片到进住搬成为全该本各此大小老一新", cp[i - 2]) &&
         (i == 2 || !nz_is_cjk(cp[i - 3]) || nz_lex_stop_char(cp[i - 3]) ||
          nz_char_in("道区村镇乡的", cp[i - 3]));
}

/* 船营区, 东营区, 天心区: a district whose name of two characters ends
 * with 营 or 心 (the 区 at cp[i]), written right after its city or
 * province or where a clause starts (吉林市船营区, 船营区北山街道, 长沙
 * 市天心区), where 营区 is no camp (兵营区, 部队营区, 消防营区) and 心区
 * no core (中心区, 核心区). */
static int
lex_camp_district(const uint32_t *cp, size_t i, const nz_suffix *s)
{
  const char *not_first;

  if(s->kind != NZ_ADMIN || s->level != NZ_LV_COUNTY || i < 2)
    return 0;
  if(cp[i - 1] == 0x8425)                                         /* 营 */
    not_first = "兵军野露宿扎阵";
  else if(cp[i - 1] == 0x5FC3)                                    /* 心 */
    not_first = "中核重圆轴市城";
  else
    return 0;
  return nz_is_cjk(cp[i - 2]) && !nz_lex_stop_char(cp[i - 2]) &&
         !nz_char_in(not_first, cp[i - 2]) &&
         (i == 2 || !nz_is_cjk(cp[i - 3]) || nz_lex_stop_char(cp[i - 3]) ||
          nz_char_in("市省", cp[i - 3]));
}

/* Is the 区 at cp[i] a numbered part of an estate: a numeral of one to
 * ten before it, maybe after a side (东四区), and two name characters
 * or more before those, and no numeral after it (一区一品)? */
static int
lex_numbered_part(const uint32_t *cp, size_t i, size_t n)
{
  size_t a = i;

  if(a < 3 || !nz_char_in("一二三四五六七八九十", cp[a - 1]))
    return 0;
  a--;
  if(nz_char_in("东西南北", cp[a - 1]))
    a--;
  return a >= 2 && nz_is_cjk(cp[a - 1]) && nz_is_cjk(cp[a - 2]) &&
         !nz_is_numeral(cp[a - 1]) && !nz_lex_stop_char(cp[a - 1]) &&
         !nz_lex_stop_char(cp[a - 2]) &&
         !(i + 1 < n && nz_is_numeral(cp[i + 1]));
}

const nz_suffix *
nz_lex_suffix_chain(const uint32_t *cp, size_t i, size_t n, size_t *len)
{
  size_t L;
  long k;

  for(k = lex_sfx_head[cp[i] & 4095]; k >= 0; k = lex_sfx_next[k]) {
    const nz_suffix *s;
    size_t j;
    L = lex_sfx_len[k];
    /* chains are by code point & 4095: the first may differ */
    if(i + L > n || cp[i] != lex_sfx_cp[k][0])
      continue;
    for(j = 1; j < L && cp[i + j] == lex_sfx_cp[k][j]; j++)
      ;
    if(j < L)
      continue;
    s = &lex_suffixes[k];
    /* 县城 is a county seat, but 县城管局 the county's 城管局; 县直 the
     * county's organs, and 县直工委, 县直机关工委 their committee */
    if(i + L < n && LEX_SKIP_BIT(k, 1, cp[i + L]) &&
       nz_char_in(s->skip_after, cp[i + L]) &&
       !(s->kind == NZ_ADMIN && (nz_match(cp, i + L, n, "城管") ||
                                 nz_match(cp, i + L, n, "直工委") ||
                                 nz_match(cp, i + L, n, "直机关工委") ||
                                 (s->level <= NZ_LV_TOWN &&
                                  lex_town_after(cp, i + L, n,
                                                 s->level)))) &&
       !lex_named_members(cp, i, n, s))
      continue;
    if(i > 0 && LEX_SKIP_BIT(k, 0, cp[i - 1]) &&
       nz_char_in(s->skip_before, cp[i - 1]) &&
       !lex_town_of_city(cp, i, n, s) && !lex_camp_district(cp, i, s) &&
       !lex_new_compound(cp, i, s))
      continue;
    /* 永清二村居民区: a residents' district named after an estate (二村,
     * 新村), no village (not 张家村居民: villagers) */
    if(s->kind == NZ_ADMIN && s->level == NZ_LV_VILLAGE && L == 1 &&
       cp[i] == 0x6751 && nz_match(cp, i + 1, n, "居民区"))       /* 村 */
      continue;
    /* 永光新村小区: a compound named 新村 (a new estate), no village */
    if(s->kind == NZ_ADMIN && s->level == NZ_LV_VILLAGE && L == 1 &&
       i > 0 && cp[i - 1] == 0x65B0 && nz_match(cp, i + 1, n, "小区"))  /* 新 */
      continue;
    /* 学院社区, 西南交通大学社区: a community named after the college
     * (not 医院社区卫生服务中心, nor 学校社区共建: school and community) */
    if(s->kind == NZ_ENTERPRISE && nz_match(cp, i + L, n, "社区") &&
       !nz_match(cp, i + L + 2, n, "卫生") && !nz_match(cp, i, n, "学校"))
      continue;
    /* 青禾苑五区, 枫园二区, 青禾苑东四区: a numbered part of an estate,
     * a compound, no district (not 一区一品) */
    if(s->kind == NZ_ADMIN && s->level == NZ_LV_COUNTY && L == 1 &&
       cp[i] == 0x533A && lex_numbered_part(cp, i, n)) {     /* 区 */
      static const nz_suffix part = { "区", NZ_ADMIN, NZ_LV_COMPOUND, 6,
                                      "", "" };
      *len = L;
      return &part;
    }
    *len = L;
    return s;
  }
  return NULL;
}


int
nz_lex_stop_char(uint32_t c)
{
  return lex_char(&lex_stopc_bmp, c);
}

/* Stop words are the short list and verbs.inc: the longest of either;
 * 会同 (together with) too, unless 县 follows (会同县 is a county):
 * 市委组织部会同市民政局制发…, not a unit 会同市民政局. */
size_t
nz_lex_stop_before(const uint32_t *cp, size_t lo, size_t i)
{
  size_t a, b;

  if(i >= lo + 2 && nz_match(cp, i - 2, i, "会同") && cp[i] != 0x53BF)  /* 县 */
    return 2;
  a = nz_words_before(&lex_stop.l, cp, lo, i);
  b = nz_words_before(&lex_gen_verbs, cp, lo, i);
  return a > b ? a : b;
}

size_t
nz_lex_stop_at(const uint32_t *cp, size_t i, size_t n)
{
  size_t a, b;

  a = nz_words_at(&lex_stop.l, cp, i, n, NULL);
  b = nz_words_at(&lex_gen_verbs, cp, i, n, NULL);
  return a > b ? a : b;
}

size_t
nz_lex_report_stop_at(const uint32_t *cp, size_t i, size_t n)
{
  return nz_words_at(&lex_stop.l, cp, i, n, NULL);
}

size_t
nz_lex_kind_ending(const uint32_t *cp, size_t lo, size_t i)
{
  return nz_words_before(&lex_kind.l, cp, lo, i);
}

size_t
nz_lex_program_verb_before(const uint32_t *cp, size_t lo, size_t i)
{
  return nz_words_before(&lex_pverb.l, cp, lo, i);
}

int
nz_lex_surname(const uint32_t *cp, size_t i, size_t n)
{
  if(nz_words_at(&lex_csurname.l, cp, i, n, NULL) == 2)
    return 2;
  return i < n && lex_char(&lex_surname1_bmp, cp[i]) ? 1 : 0;
}

size_t
nz_lex_byline_role_ending(const uint32_t *cp, size_t p, size_t t,
                          int *author)
{
  size_t j;

  for(j = p; j + 2 <= t && t - j <= 20; j++)
    if(nz_lex_byline_role_at(cp, j, t, author) == t - j)
      return j;
  return t;
}

int
nz_lex_name_follower(uint32_t c)
{
  return lex_char(&lex_follow_bmp, c);
}

int
nz_lex_not_in_name(uint32_t c)
{
  return lex_char(&lex_notname_bmp, c);
}

int
nz_lex_generic_word_at(const uint32_t *cp, size_t i, size_t n)
{
  return (int)nz_words_at(&lex_generic.l, cp, i, n, NULL);
}

int
nz_lex_figure_word_at(const uint32_t *cp, size_t i, size_t n)
{
  return (int)nz_words_at(&lex_figure.l, cp, i, n, NULL);
}

int
nz_lex_stop_noun_at(const uint32_t *cp, size_t i, size_t n)
{
  return (int)nz_words_at(&lex_stopnoun.l, cp, i, n, NULL);
}

int
nz_lex_word_not_name(const uint32_t *cp, size_t i, size_t n)
{
  /* the parts of a block of flats, which 楼 (a surname) begins and the
   * dictionary counts too seldom: 楼门院长, 楼栋党员活动小组 */
  static const char *const blocks[] = { "楼栋", "楼门", "楼道", "楼院",
                                        "楼宇", "楼层", NULL };
  static nz_list block_list = NZ_LIST(blocks);

  return i + 2 <= n && (nz_words_find(&lex_gen_notnames, cp + i, 2) >= 0 ||
                        nz_list_at(&block_list, cp, i, i + 2) >= 0);
}

int
nz_lex_phrase_word(const uint32_t *cp, size_t i, size_t n)
{
  long k;

  if(i + 2 != n)
    return 0;
  if(nz_words_find(&lex_gen_phrase, cp + i, 2) >= 0)
    return 1;
  k = nz_words_find(&lex_gen_cross, cp + i, 2);
  return k >= 0 && lex_gen_cross.w[k].tag == 0;
}

size_t
nz_lex_cross_end(const uint32_t *cp, size_t lo, size_t a, size_t hi)
{
  size_t b, c, l;
  int tag = 0;

  /* Only a word that reaches past c counts: the shorter ones are not
   * looked up (nz_words_at_least). */
  do {
    c = a;
    for(b = a; b > lo && a - b + 1 < lex_gen_cross.maxlen; b--) {
      l = nz_words_at_least(&lex_gen_cross, cp, b - 1, hi, c - b + 2, &tag);
      if(b - 1 + l > c && tag == 0)  /* tag is set only when found */
        c = b - 1 + l;
    }
    /* 在建设路: 建设 starts at a and reaches past 在建 */
    if(c == a ||
       a + nz_words_at_least(&lex_gen_cross, cp, a, hi, c - a + 1, NULL) > c)
      return a;
    a = c;           /* 十年来: past 十年, then past 年来 */
  } while(a < hi);
  return a;
}

size_t
nz_lex_cross_word_at(const uint32_t *cp, size_t i, size_t n)
{
  return nz_words_at(&lex_gen_cross, cp, i, n, NULL);
}

int
nz_lex_surname_rank(uint32_t c)
{
  uint32_t sc[sizeof lex_surnames];
  size_t n = nz_utf8_codes(lex_surnames, strlen(lex_surnames), sc,
                           sizeof lex_surnames), k;

  for(k = 0; k < n; k++)
    if(sc[k] == c)
      return (int)k;
  return (int)n;
}

size_t
nz_lex_noun_at(const uint32_t *cp, size_t i, size_t n)
{
  int tag = 0;
  size_t l;

  l = nz_words_at(&lex_gen_cross, cp, i, n, &tag);
  return tag >= 1 && tag <= 3 ? l : 0;
}

int
nz_lex_place_pair(const uint32_t *cp, size_t i)
{
  return NZ_WORDS_PAIR_BIT(lex_gen_place_pair,
                           NZ_WORDS_PAIR(cp[i], cp[i + 1])) != 0;
}

size_t
nz_lex_place_at(const uint32_t *cp, size_t i, size_t n)
{
  int tag = 0;
  size_t l;

  /* no place of two characters or more starts here, and there are none
   * of one: the longest word here is no place */
  if(LEX_GEN_PLACE_ONES == 0 && (i + 1 >= n || !nz_lex_place_pair(cp, i)))
    return 0;
  l = nz_words_at(&lex_gen_cross, cp, i, n, &tag);
  return tag == 2 || tag == 3 ? l : 0;
}

size_t
nz_lex_named_place_at(const uint32_t *cp, size_t i, size_t n)
{
  int tag = 0;
  size_t l = nz_lex_place_at(cp, i, n);

  if(l)
    nz_words_at(&lex_gen_cross, cp, i, i + l, &tag);
  return tag == 2 ? l : 0;
}

/* ---- stories in traditional characters ---------------------------------- */

/* The simplified form of @c (lex_gen_hant_from/to, lexgen), or @c. */
static uint32_t
lex_hant_simple(uint32_t c)
{
  size_t lo = 0, hi = LEX_GEN_HANT_N;

  if(c < 0x3400 || c > 0x9FFF ||
     !(lex_gen_hant_bits[(c - 0x3400) >> 6] >> ((c - 0x3400) & 63) & 1))
    return c;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if(lex_gen_hant_from[mid] < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < LEX_GEN_HANT_N && lex_gen_hant_from[lo] == c ?
         lex_gen_hant_to[lo] : c;
}

int
nz_hant_fold(nz_story *st)
{
  size_t i, han = 0, trad = 0;

  free(st->orig);
  st->orig = NULL;
  for(i = 0; i < st->n; i++)
    if(st->cp[i] >= 0x3400 && st->cp[i] <= 0x9FFF) {
      han++;
      trad += lex_hant_simple(st->cp[i]) != st->cp[i];
    }
  /* A simplified story has a few characters the table folds (乾, 於,
   * 瞭); one in traditional ones has them in most sentences. */
  if(trad < 8 || trad * 20 < han)
    return 0;
  if(!(st->orig = malloc(st->n * sizeof *st->orig)))
    return -1;
  memcpy(st->orig, st->cp, st->n * sizeof *st->orig);
  for(i = 0; i < st->n; i++)
    st->cp[i] = lex_hant_simple(st->cp[i]);
  return 0;
}

/* Where the story writes @w (n code points) whole in its folded text,
 * or -1. */
static long
lex_hant_find(const nz_story *st, const uint32_t *w, size_t n)
{
  size_t i;

  for(i = 0; n && i + n <= st->n; i++)
    if(!memcmp(st->cp + i, w, n * sizeof *w))
      return (long)i;
  return -1;
}

/* How the story writes @c, a character of its folded text: as itself
 * where it also stands unfolded (里 of 鄰里 beside 這裡), else as the
 * first character folded to it. */
static uint32_t
lex_hant_char(const nz_story *st, uint32_t c)
{
  uint32_t as = c;
  size_t i;
  int seen = 0;

  for(i = 0; i < st->n; i++)
    if(st->cp[i] == c) {
      if(st->orig[i] == c)
        return c;
      if(!seen++)
        as = st->orig[i];
    }
  return as;
}

char *
nz_hant_written(const nz_story *st, const char *text)
{
  size_t len = strlen(text), n, k;
  uint32_t *buf;
  char *out = NULL;
  long at;
  int changed = 0;

  if(!st->orig || !(buf = malloc((len + 1) * sizeof *buf)))
    return NULL;
  n = nz_utf8_codes(text, len, buf, len + 1);
  if((at = lex_hant_find(st, buf, n)) >= 0) {
    /* 鄰里守望 where the story writes it: the characters written there */
    changed = memcmp(st->orig + at, buf, n * sizeof *buf) != 0;
    memcpy(buf, st->orig + at, n * sizeof *buf);
  } else {
    /* a label the story does not write whole (九寨溝縣委組織部 of
     * 九寨溝縣縣委組織部): character by character */
    for(k = 0; k < n; k++)
      if(buf[k] >= 0x3400 && buf[k] <= 0x9FFF) {
        uint32_t w = lex_hant_char(st, buf[k]);
        changed |= w != buf[k];
        buf[k] = w;
      }
  }
  if(changed)
    out = nz_to_utf8(buf, n);
  free(buf);
  return out;
}
