"""probe85 corpus notes, E08-E14 (vascular surgery and limb-salvage clinic; all invented)."""

E08 = {"patient_id": "E08", "age": 61, "sex": "M", "notes": [
("2018-10-09", "Procedure Note - Peripheral Angiography", """
PERIPHERAL ANGIOGRAM
Pre-op dx: R foot rest pain, TBI 0.22
Pt: 61 yo male, ESRD/HD (Tu-Th-Sat), obese, AF on coumadin (held x 5 d, INR 1.3 today). Non-diabetic.
Access: LEFT common femoral artery, retrograde, micropuncture under ultrasound; 6 Fr sheath, crossed the aortic bifurcation to the R side.
Findings: R SFA long segment occlusion, reconstitution of AK pop via geniculates, 2-vessel runoff (peroneal, PT).
Intervention: none today - will plan R fem-pop bypass.
Hemostasis: 6F Angio-Seal deployed in the L CFA, hemostatic. Sheath out at 14:10.
Post: bed rest 4 h flat. Nursing to apply ice pack to L groin puncture site 20 min on / 40 off overnight for discomfort. Resume warfarin tonight if groin quiet.
"""),
("2018-11-01", "Vascular Surgery Clinic", """
VASCULAR CLINIC - pre-bypass visit, new groin problem
Pt states the L groin "never settled" after the angio. He kept using the cold packs at home for about a week on the puncture. On 10/26/2018 the skin at the needle site got hard, purple and very tender, and in the last 3 days a black center formed.
Exam: L groin, over the CFA puncture site: 42x34mm violaceous indurated plaque, necrotic center 16mm, netlike purple rim. Pulsatile mass: none.
Duplex L groin: no PSA, no AVF, no hematoma. CFA patent.
R foot: rest pain unchanged.
Obese abdomen/pannus, groin crease moist.
Imp: necrotic plaque at L CFA access site; dialysis + warfarin. Not a pseudoaneurysm. Need to exclude calciphylaxis before any R leg bypass - derm bx.
"""),
("2018-11-12", "Dermatology Consult", """
Derm consult note
Punch biopsy of L groin plaque (11/5): arteriolar calcium in the deep dermis/subcutis, thrombosed, fat necrotic. Gram stain/culture negative.
Dx: calciphylaxis - L inguinal region at the site of his recent femoral artery puncture, which was iced afterwards.
Recs: STS per nephrology; ask cardiology whether warfarin can be swapped for a DOAC; vascular to consider R-sided access for future procedures and delay bypass until wound plan set.
"""),
]}

E09 = {"patient_id": "E09", "age": 64, "sex": "F", "notes": [
("2024-07-08", "Vascular Surgery Consult", """
Reason for consult: "ischemic ulcer L thigh" per PCP

64F w/ ESRD on dialysis (R forearm loop graft, Mon/Wed/Fri, midday chair), insulin-treated DM2 (Toujeo 40 u qAM, Humalog with meals), BMI 38.2, HTN, gout. Never on anticoagulation.
On 6/20 she felt a painful hard knot on her L anterior thigh. Over 2 wks it became a purple, stellate patch and now a black eschar. She is particular about her insulin: she always injects into the R thigh (she's right-handed, says that side is simply handier) and has never used the left thigh or belly. No falls, bumps, heating pads.

Exam: L anterior thigh, mid-portion, 5.3 x 4.1 cm eschar with retiform purpura. R anterior thigh has a few tiny needle marks, soft, no induration, no lesions.
Femoral pulses 2+. DP/PT dopplerable biphasic.
ABI 1.02 (R) and 0.98 (L). Arterial duplex LLE: no flow-limiting disease.

A/P: Not ischemic. Morphology + ESRD + obesity: calciphylaxis is top concern. To derm for biopsy today.
"""),
("2024-07-15", "Dermatology Consult", """
Derm: Seen 7/8 (bx) and today for results.
Path: L anterior thigh - calcium deposition in walls of subcutaneous arterioles, fibrin thrombi, panniculitis with necrosis. Dx calciphylaxis.
Note: right thigh insulin site clinically normal; lesion on the opposite thigh. No inciting skin injury on the left found.
Plan: STS, stop calcium binder, wound care referral.
"""),
("2024-08-26", "Limb Salvage Clinic", """
Limb salvage / wound follow-up
Calciphylaxis L thigh: 5.5 x 4 cm, stable eschar, no new lesions. Pain controlled.
Insulin still into the R thigh; we asked endo about moving to arms.
Weight down: BMI 37.5.
Continue STS; recheck 4 wk.
"""),
]}

E10 = {"patient_id": "E10", "age": 77, "sex": "M", "notes": [
("2020-02-18", "Vascular Surgery Clinic", """
VASC - new pt
77 yo man on PD (APD nightly), no diabetes. Hx DVT 2013 treated w/ warfarin until 2015, none since. BMI 26.0.
HPI: Painful sore L calf since early February; started as a red tender lump, then a black crust. Specifically denies knocking it, scratches, falls, bug bites, heat, or shots anywhere on that leg. Wife confirms.
Exam: L posterolateral calf 3 x 2 cm necrotic ulcer w/ violaceous stellate margin, livedo. No edema.
ABI L 0.88, R 0.92. Venous duplex neg for DVT. Arterial duplex: mild SFA plaque only.
Imp: not typical of arterial or venous ulcer. R/o calciphylaxis. Bx in clinic today (4 mm punch x2 from margin).
"""),
("2020-02-27", "Vascular Surgery - Results Call", """
Phone call w/ pt and wife re: biopsy.
Pathology: arteriolar calcification and thrombosis w/ septal fat necrosis = calciphylaxis confirmed.
Discussed dx, referred to nephrology for STS and to wound clinic. They understand.
"""),
("2020-03-16", "Limb Salvage Clinic", """
Limb salvage f/u - calciphylaxis L calf
Interval event: slipped in the bathroom on 3/8 and scraped the L calf on the tub edge, about 2 cm below the existing ulcer. Abrasion now healing. Ulcer unchanged at 3.1 x 2.2 cm; its eschar is intact.
No new lesions elsewhere.
Plan: continue STS (started 3/2), foam dressing, nonslip bath mat / shower chair recommended.
"""),
]}

E11 = {"patient_id": "E11", "age": 59, "sex": "F", "notes": [
("2021-04-05", "Vascular Clinic - Lymphedema", """
Vascular / lymphedema clinic
59F, ESRD on HD since 2018, DM2 on insulin (she injects detemir into both upper arms, alternating), class III obesity BMI 44.6, OSA.
Bilateral lower leg phlebolymphedema w/ weeping. Multilayer compression wraps both legs, changed twice weekly by home health since January 2021.
ABI R 1.0 / L 1.1. Venous duplex: no DVT, deep venous reflux bilat.
Skin of legs intact under wraps today, less edema.
Plan: continue wraps, transition to flat-knit garments when volumes stable.
"""),
("2021-05-17", "Vascular Clinic - Urgent", """
Urgent visit for "pannus wounds"
Since the first week of May exquisitely painful dark areas on the lower belly. Denies injections there (insulin goes into arms only), denies heating pads, tight belts.
Exam: pannus, lower abdomen both sides: 3 purpuric plaques, largest 82x51mm, black eschar centrally and livedo racemosa around it. Legs under wraps inspected: intact, no purpura.
Imp: r/o calciphylaxis (HD, obesity, DM). Derm bx.
Wraps to continue on the legs.
"""),
("2021-05-26", "Dermatology Consult", """
DERM
Incisional bx of pannus lesion: subcutaneous small-vessel calcium deposition, thrombosed lumina, necrotic fat - calciphylaxis.
Distribution is central/abdominal. Legs (compression) and arms (insulin) are spared.
Recs: STS thrice weekly, wound care, consider hyperbaric oxygen; avoid any new injections into the abdomen.
"""),
]}

E12 = {"patient_id": "E12", "age": 70, "sex": "M", "notes": [
("2021-06-28", "Vascular Surgery Clinic", """
VASC FOLLOW-UP
70M, ESRD; dialysis 3x/wk at Larchmont Kidney Ctr, R arm fistula. AF - warfarin. BMI 31.5. Not diabetic. s/p RLE angioplasty of the SFA via L CFA in 03/2021.
New: painful purple patch R lateral thigh, came on in June without any injury he can think of; he has not bumped or scratched it and nothing has been injected there. Now 6 x 4 cm, firm, violaceous, w/ small central necrotic area.
RLE: SFA stent patent on duplex, ABI 0.84.
A/P: suspect calciphylaxis. Derm for bx. No heat or ice on it for now.
"""),
("2021-07-08", "Dermatology Note", """
Derm
Bx R lateral thigh (7/2, 2 punches at edge): calcium in small vessel walls, thrombi, fat necrosis; VK stain positive -> calciphylaxis.
Pt asks if he can ice it for the pain; advised against.
Plan: STS, wound care.
"""),
("2021-08-03", "Wound / Limb Salvage Clinic", """
WOUND CLINIC
Calciphylaxis R lateral thigh. Sharp debridement of loose eschar done here on 7/20. Despite advice, his wife has numbed it every night with frozen ice packs, starting after the biopsy. Paper tape from the dressings has peeled off skin at the periwound margin.
Today 7 x 5 cm, partial slough, no infection.
BMI 31.0. Warfarin changed to apixaban 7/28.
Plan: stop ice, silicone border dressing (no tape), STS continue.
"""),
]}

E13 = {"patient_id": "E13", "age": 52, "sex": "F", "notes": [
("2024-10-01", "Limb Salvage Clinic - New", """
LIMB SALVAGE - NEW REFERRAL
52F, ESRD, HD Tu/Th/Sa, L BC fistula. Insulin-treated DM2 - she injects only in her belly. HTN. BMI 29.9. No warfarin.
HPI: extremely painful black patches on the R shin since mid-September. She's adamant she didn't bang it, has put no heat or cold on the leg, doesn't wear compression, and never injects into the legs.
Exam: R anterior shin: 3 eschars (2-4 cm) on violaceous, indurated, netlike purpuric skin. L leg intact.
Pulses: fem 2+, pop 1+, DP/PT absent R.
R ABI not compressible; TBIs 0.18 R and 0.44 L. Duplex: R tibial occlusions.
A/P: R shin necrosis - calciphylaxis vs ischemic ulcers vs both. Angiogram w/ possible intervention. Avoid compression on the R leg. Biopsy may not heal w/ this perfusion.
"""),
("2024-10-09", "Procedure Note - Angiogram", """
RLE ANGIOGRAM + PT ANGIOPLASTY
Access L CFA, contralateral sheath.
R PT occluded at origin -> angioplasty 2.5 mm, restored flow into the foot. AT/peroneal occluded, not crossable.
Completion: inline flow via PT. Closure device L CFA.
Shin eschars noted during prep, unchanged.
"""),
("2024-10-22", "Dermatology Consult", """
DERM CONSULT
Asked to see R shin lesions. Classic retiform purpura with stellate eschars on the anterior R lower leg, in an HD patient with elevated PTH and Ca x P. Given her poor perfusion a biopsy is not advised.
Assessment: calciphylaxis - clinical diagnosis, no biopsy needed to treat.
Counseling: trauma to the skin can seed new lesions; avoid heating pads, ice, tight bandages, and injections into fatty areas of the legs.
Plan: STS with HD.
"""),
("2024-11-19", "Vascular Surgery - Amputation Planning", """
AMPUTATION PLANNING VISIT
Calciphylaxis R shin progressing despite PT angioplasty; now full thickness necrosis with exposed tendon, pain uncontrolled.
TBI R 0.35 post-intervention.
Discussed R below-knee amputation vs continued wound care. She is leaning toward BKA; we will plan R BKA in December if pain continues. Would place the incision away from necrotic skin - may need to go above knee.
No new lesions. BMI 29.9.
"""),
]}

E14 = {"patient_id": "E14", "age": 67, "sex": "M", "notes": [
("2022-05-10", "Limb Salvage Clinic", """
Limb salvage f/u
67M ESRD/HD, IDDM (insulin glargine), PAD. BMI 25.0.
s/p R 2nd toe amputation 3/2022 for wet gangrene. Amputation site has not healed: 1.4 x 0.9 cm dry, pale-based ischemic wound on the stump.
L heel has a stage II PI from weeks flat in a hospital bed, now dressed w/ foam and offloaded in a heel boot.
TBI R 0.21. Angio planned.
"""),
("2022-06-14", "Vascular Surgery Clinic", """
Vasc clinic
Post R tibial angioplasty (5/24). Toe stump wound slightly smaller.
New complaint: 2 wks of very painful purple hard areas on BOTH inner thighs, now with black centers. No injections there (insulin only in the abdomen), no trauma, no heat.
Exam: bilat medial thighs - multiple stellate purpuric plaques, largest 4 cm L, 3 cm R, with eschar.
Imp: likely calciphylaxis; derm bx.
"""),
("2022-06-23", "Dermatology Consult", """
Derm
Punch bx L medial thigh: calcium-encrusted, clotted arterioles in the fat lobules with necrosis. Diagnosis: calciphylaxis, both medial thighs.
Examined the R toe amputation site and the L heel at vascular's request: the stump wound is an ischemic post-surgical wound and the heel a pressure injury; neither one resembles calciphylaxis (lacks the retiform purpura, the livedo and the induration).
Plan: STS, wound care, pain team.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
