"""probe216 corpus notes, F01-F07 (renal dietitian / nutrition notes and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 61, "sex": "F", "notes": [
("2022-06-21", "HD Dietitian Monthly Assessment", """
RENAL NUTRITION - MONTHLY ASSESSMENT (ADIME)
Larkspur Kidney Ctr, MWF 1st shift, chair 9

A: 61 yo F, ESRD (DKD), dialyzing in-center since '19. Admitted last month w/ HHS;
d/c'd from St. Anselm 06/03/2022 on basal-bolus insulin for the first time (glargine 18 u qhs +
lispro 4 u w/ meals). Pt self-injects into her lower abdomen, alternating R and L of the
bellybutton; daughter double checks technique.
Ht 157cm | EDW 83.4kg | BMI 33.8 | IDWG avg 3.1kg
Lab 6/15 -> Alb 3.7, K 5.4, PO4 7.2 (H), cCa 9.6, iPTH 488, A1c 9.1, spKt/V 1.38.
Binder: Ca acetate 667mg two caps with each meal - admits skipping the lunch dose at work.

D: Excessive phosphorus intake (processed cheese, dark colas) + binder nonadherence AEB PO4 7.2.

I: Went over hidden phos additives on labels ("PHOS" in the ingredient list), swap cola for
lemon-lime. Carb counting ~45 g/meal reviewed for the new insulin, low-K hypo snack (glucose tabs,
not OJ). Pill box for the lunch binder.

M/E: PO4, A1c, wt monthly. RD f/u 7/19.
"""),
("2022-08-26", "Nephrology HD Rounding Note", """
HD rounds - Dr. V. Mbeki
Seen on machine, hr 2 of 4. BP 152/84, HR 78, pre-wt 86.9kg, UF goal 3.0 L.
S: Pt reports what she calls a "burning bruise", R lower belly, first spotted by her 10 days ago;
tender now and keeping her up at night.
O: RLQ - 3x4cm tender, indurated violaceous plaque, net-like livedo at the edge, 1 cm dusky
center. Afebrile. Rest of skin not examined in chair.
Lab: alb 3.5 / PO4 7.0 / Ca 9.8 / iPTH 530.
Assessment & plan
#1 New painful retiform plaque in an ESRD pt on a calcium-based binder - strongly suspicious for
calciphylaxis. Urgent derm eval + punch bx. Ca acetate stopped today, sevelamer 800 two tabs
with meals instead. Hold calcitriol.
#2 HD: cont 4h MWF, adequacy ok.
#3 DM: insulin per PCP. Asked her not to inject into the R lower quadrant for now.
"""),
("2022-09-02", "Dermatology Consult", """
DERMATOLOGY CONSULT
Ref: nephrology, ?calciphylaxis.
HPI: 61F on HD, insulin-requiring DM since early June. Plaque R lower abd, sore, onset 8/16/22. Punch taken 8/30 at the plaque's rim.
Exam: R lower abdomen - 4.5x5cm retiform purpura centered on a black 1.5cm eschar;
touch-sensitive ++. Thighs, calves, arms, buttocks clear.
Path 8/30/22 (dermpath, Dr. Quist): Ca++ crusting arteriolar walls, deep fat lobules,
w/ luminal fibrin + lobular fat necrosis; VK stain lit up the calcium.
IMP: biopsy-proven calciphylaxis. Plaque = her insulin shot territory (lower abd, R of navel),
no doubt in my mind that's where it started.
Plan: Na thiosulfate 25g IV c/ every HD (run's final hr); nonadherent foam to the eschar, no debridement
for now; pain service. Insulin -> arms hereafter. RD aware.
"""),
("2022-09-20", "HD Dietitian Follow-up", """
RD f/u - calciphylaxis dx this month (see derm 9/2).
Post-HD wt 81.6kg, down 1.8kg since June (appetite poor w/ pain). Ht 157cm -> BMI 33.1.
Lab 9/14 -> alb 3.4, PO4 5.6, K 4.8, Ca 9.1.
Binder: sevelamer carbonate 800mg two with each meal; Ca acetate d/c'd. Tolerating, some bloating.
Intake: protein est 0.9 g/kg (goal 1.2+ for wound healing). Started Nepro, one carton on the days
off dialysis, protein bar handed out at HD. Renal MVI daily. No OTC calcium or vitamin D - pt had a
bottle of "bone health" chews at home, told to toss them.
Insulin now goes into her posterior upper arms per derm. Two lows since her appetite fell;
PCP cut lispro to 2 u.
Goals: PO4 3.5-5.5, keep wt stable, alb >= 3.8. RD to see q2wk while on thiosulfate.
"""),
]}

F02 = {"patient_id": "F02", "age": 47, "sex": "M", "notes": [
("2023-01-30", "Dialysis Dietitian Quarterly Assessment", """
Quarterly RD assessment - Brightwater Dialysis, T/Th/Sa 2nd shift

47 yo M, ESRD from IgA nephropathy, HD x 3 yrs via a left arm fistula (2020). No diabetes (A1c 5.4 back
in Dec). On warfarin for paroxysmal AF, INR through the anticoag clinic.
Post wt 112.6kg, Ht 173cm, BMI 37.6. The transplant center (Mercer Hill) wants BMI under 35
before they will activate him on the list.
Started Wegovy in January via the transplant clinic; self-injects once a week into his L thigh,
front, midway down ("needles near my stomach - no way"). Mild nausea the day after, no vomiting.
Lab -> alb 4.0, K 5.8 (H), PO4 5.1, iPTH 390, Ca 9.2, nPCR 1.05.
Diet hx: 2 large sodas/d, takeout 4x/wk, big portions late at night.
Binder: sevelamer 800mg x3 with meals, x1 with snacks.
Plan: ~500 kcal/d deficit while keeping protein 1.2 g/kg IBW; high-K list (banana + OJ daily
now); portion plate demo; monthly weight trend to transplant RD.
"""),
("2023-04-13", "Dermatology Clinic Note", """
Derm clinic - new patient
CC: painful thigh spot
HPI: 47M on HD (TTS) and warfarin, sent by nephrology for a lesion on the L anterior thigh, present
since early March. Started as a "marble" under the skin - his word - now darkening centrally; pain 8/10 by night.
Exam: L anterior thigh (mid-third): stellate, indurated plaque 5x3.5cm, retiform violaceous
border, adherent central eschar. Trunk and other leg clear. DP pulses 2+.
Path (2 incisional bx, border, 4/6): mural calcification + occlusive thrombus, small
subcutaneous vessels; fits calciphylaxis.
A/P: Calciphylaxis, L thigh, biopsy-proven. Warfarin discussed as a contributor - asked cardiology
about apixaban. Thiosulfate at dialysis per nephrology; wound nurse to pick dressings; gabapentin
100 mg after HD.
"""),
("2023-04-25", "Dialysis Dietitian Note", """
RD interim note
Post wt 107.9kg -> BMI 36.0, still over the <35 listing target. Down 4.7kg since January.
Wegovy on hold since 4/14 per the transplant team while he is on STS for calciphylaxis; he is
worried he'll regain. Reviewed: keep portion plate, sparkling water instead of soda, limit phos
additives (deli meat, processed cheese, frozen pizza).
Lab 4/18 -> PO4 4.8, Ca 9.0, K 5.2, alb 3.8.
Binder unchanged (sevelamer). Pain limits walking; appetite fair. Apixaban started 4/20,
warfarin stopped - no more vit K teaching needed.
Plan: weight monthly, email transplant RD the trend, re-assess in 4 wks.
"""),
]}

F03 = {"patient_id": "F03", "age": 72, "sex": "F", "notes": [
("2021-01-12", "HD Dietitian Monthly Note", """
RENAL RD MONTHLY - Cedar Ferry Dialysis, MWF early shift
Pt 72 F, ESRD (hypertensive nephrosclerosis), HD since 2017. Mechanical mitral valve, on warfarin.
Denies diabetes.
Post wt 56.3kg, Ht 158.5cm, BMI 22.4. Wt stable x 3 mo.
Lab 1/6 -> alb 3.2 (L), PO4 6.1, Ca 10.1, iPTH 215, K 4.6, nPCR 0.81 (L).
Intake poor - "food tastes like tin." Eats half a sandwich in the chair during tx. Always cold in
the unit; since last fall she brings a microwaved heat pack from home and keeps it across her
thighs for the whole 4 h run, under her blanket.
Binder: calcium carbonate 1250mg TID (likes the chewables).
Dx: Inadequate protein intake r/t dysgeusia AEB alb 3.2, nPCR 0.81.
Plan: Nepro at each tx, zinc trial x 14 d, egg-white omelet ideas, recheck labs in Feb.
"""),
("2021-02-16", "Nephrology Progress Note", """
Nephrology - monthly HD visit
S: Reports sore "purple blotches" across the front of both thighs, first seen 3 weeks ago;
worse when anything brushes them. No fevers, no new meds.
O: BP 118/62, post wt 55.8kg (BMI 22.2). Both anterior thighs: several firm, very tender
violaceous plaques in a livedo reticularis pattern, biggest on the L at 6 cm with a small central
black crust. Her heat pack is in the chair bag.
Lab: PO4 6.4 / INR 3.1 / iPTH 198 / Ca 10.3.
A/P: Concern for calciphylaxis (warfarin + calcium binder + low PTH). Calcium carbonate off ->
lanthanum 1000mg with each meal. No heat pack for now. Derm for bx. Will discuss warfarin with
cardiology; mechanical MV so it cannot simply be stopped.
"""),
("2021-02-24", "Dermatology Consult", """
DERMATOLOGY CONSULT - outpatient
72F on HD w/ painful plaques of the bilateral anterior thighs since 1/26/21.
Exam: Both anterior thighs show retiform purpura, L > R; L thigh has a 1.2cm eschar. Trunk,
buttocks and calves clear.
Bx 2/19/21 (L anterior thigh, 6mm punch + deeper wedge): arteriolar wall calcification (subcutis),
thrombi inside the lumens, septal panniculitis; VK stain confirms the calcium.
Dx: calciphylaxis. The plaques are confined to the exact band where, per the pt and the RD note, she
has kept a microwaved heat pack across her lap and thighs at every treatment since last fall -
repeated heat to that skin looks like the trigger.
Plan: thiosulfate 25g with HD; no more heat packs (warmed blanket instead); foam dressing to the
eschar; gabapentin 100 mg post-HD. Return 2 wks.
"""),
]}

F04 = {"patient_id": "F04", "age": 55, "sex": "M", "notes": [
("2020-12-08", "Home Dialysis Dietitian Visit", """
HOME HD PROGRAM - RD MONTHLY
55 M, ESRD from diabetic kidney disease, home HD 5x/wk (NxStage) w/ wife as care partner since
2018. T2DM on linagliptin; has never used insulin.
Wt 88.1kg, Ht 1.78m, BMI 27.8.
Lab (12/2) -> PO4 8.1 H | iPTH 702 H | A1c 7.0 | Ca 9.0 | alb 3.9 | K 5.0
Main complaint: itching "all over but worst on my shins," keeps him up. He has been laying bags of
frozen peas on both shins at night since Thanksgiving to numb the itch. Denies scratching the skin
open; nails short.
Diet recall: dairy daily (string cheese, ice cream), cola 2 cans, frozen dinners 4x/wk.
D: Hyperphosphatemia r/t high-phos food choices AEB PO4 8.1 and uremic pruritus.
I: phos handout, swap colas, cheese max 1 oz/d; NP raised sevelamer to 1600mg with meals.
Discussed that the itch should ease as phos comes down.
M/E: PO4 + PTH in 1 month.
"""),
("2021-02-18", "Wound Clinic Note", """
Wound Care Center - initial visit
Referred by home HD RN.
Wound #1: R anterior shin, mid third. Onset: pt says it started in late January as a hard, sore
purple spot that went black.
Measurements 3.2x2.4x0.2cm. Wound bed ~70/30 eschar to slough. Periwound violaceous, livedoid,
2 cm indurated rim. Pain rated 9/10, far beyond what the size suggests. Scant serous drainage.
L shin: dry, flaky, intact.
ABI R 1.1, L 1.0.
Impression: painful necrotic ulcer in an ESRD pt with phos 7-8; calciphylaxis high on the ddx vs
arterial ulcer (ABI reassuring).
Plan: no sharp debridement today, Medihoney + bordered foam, derm referral, no compression wraps.
"""),
("2021-03-02", "Dermatology Note", """
Dermatology - 55M on home HD, R shin ulcer since January.
Exam: R ant shin ulcer 3.5x2.6cm, black eschar, retiform violaceous halo; surrounding
skin woody. L shin: mild xerosis only. Pedal pulses palpable; ABI normal per wound center.
Biopsy discussed; pt and wife decline because of poor healing on the shin.
Assessment: Calciphylaxis - clinical diagnosis (painful retiform necrosis, ESRD, PO4 8.1,
iPTH 702, normal ABI, no better explanation).
Plan: thiosulfate infusions on home HD days through the program, cinacalcet per nephrology, phos goal < 5.5 with
the RD, wound care per wound center. Loose socks, nothing tight at the calf.
"""),
]}

F05 = {"patient_id": "F05", "age": 66, "sex": "M", "notes": [
("2024-04-16", "Inpatient Nutrition Support Note", """
NUTRITION SUPPORT - TF follow-up, 5 West
66 M, ESRD on HD (TTS at home unit), admitted 4/2 with L MCA stroke, severe dysphagia per SLP
(NPO). PEG placed by GI 4/11/24, LUQ. Abdominal binder on since 4/11 because he keeps reaching for
the tube - it wraps his belly, with the Velcro overlap sitting over his R flank.
Wt 58.2kg (bed scale), Ht 1.71m, BMI 19.9. UBW 64kg in Jan = 9% loss in 3 mo (severe).
No DM - BG 90s-120s on TF.
Current TF: Nepro 1.8 @ 40 mL/h x 20 h, flush 30 mL q4h (fluid limited on HD). Tolerating.
Lab 4/15 -> K 4.2, PO4 3.1, Mg 2.0, alb 2.9.
Est needs: 1750-2050 kcal (30-35/kg), protein 70-87g (1.2-1.5/kg).
Plan: advance to 50 mL/h x 20 h = 1800 kcal, 81 g protein. Hold phos binder while PO4 < 3.5.
Weights twice weekly. Will follow.
"""),
("2024-06-04", "Wound Care Nurse Note", """
WOUND/OSTOMY RN - Hollins Ridge SNF
The HD unit RN flagged a new tender area for me to check.
Location: R flank @ mid-axillary line, ~4 cm above iliac crest.
Hx (aide + wife): first noticed a purple "bruise" there on Memorial Day; darker since, and he
grimaces when turned onto that side.
Assessment: 5x4cm stellate violaceous plaque, central 2cm black eschar, lacy livedo rim.
No drainage or odor. It lies directly under the overlapping Velcro edge of his abdominal binder,
worn day and night ever since the PEG went in.
PEG site LUQ: clean, bolster 1 cm off skin, no breakdown.
Actions: binder removed; tube secured with a tube holder. Foam dressing. Turn q2h, keep off R side.
NP and nephrology notified re ?calciphylaxis.
"""),
("2024-06-12", "Nephrology Note", """
Nephrology - HD rounding at SNF
R flank plaque reviewed w/ derm by teleconsult; punch bx 6/7: small-vessel calcification (dermis +
subcutis) w/ thrombi -> calciphylaxis confirmed.
Risks: ESRD, alb 2.8, rapid wt loss, immobility after stroke. Not on warfarin. No diabetes.
Lab: PO4 3.8 / iPTH 310 / Ca 9.4.
Wt today 56.7kg, BMI 19.4.
Plan:
- Thiosulfate 25g IV, infused over each run's last hour.
- No calcium-containing binders, hold vit D analogs.
- Nutrition support RD to push TF protein (add protein modular BID).
- Binder stays off; tube holder only.
- Pain: scheduled APAP 650 q6h; hydromorphone 0.5mg PRN.
Family updated by phone.
"""),
]}

F06 = {"patient_id": "F06", "age": 52, "sex": "M", "notes": [
("2019-05-14", "HD Dietitian Monthly Assessment", """
RD MONTHLY - Northgate Dialysis, MWF 3rd shift
52 M, ESRD (diabetic), in-center HD since 2016. T2DM on glargine 40 u at night; his wife gives it
into the backs of both of his arms.
Fluid: IDWG avg 4.6kg (3.9% EDW) - above goal. EDW 118.0kg, Ht 1.69m, BMI 41.3.
Says his trousers "dig into my left side, low on the belly" since Easter with all the fluid on
board; wears his belt on the last hole, won't buy the next size up.
Lab -> alb 3.8, PO4 6.6, K 5.6, Ca 9.3, iPTH 640, A1c 8.2.
Recall: drive-thru lunch daily, 2 L sweet tea, canned soups.
D: Excessive fluid intake r/t high sodium intake AEB IDWG 4.6kg, ankle edema.
I: 1.2 L/d fluid cap, swap tea for frozen grapes/ice chips, low-Na recipe sheet, sevelamer with
snacks too.
M/E: IDWG weekly; RD back in June.
"""),
("2019-07-09", "Dermatology Clinic Note", """
DERMATOLOGY - new consult
52M on HD; sore area low on the L abdomen, onset in June.
Exam: L lower abdomen: 9x3cm horizontal band, retiform purpura, two 1cm ulcers w/ black
eschar; edges indurated and exquisitely tender. R side of the abdomen, thighs and arms
clear.
Incisional bx from the edge today, 2 sutures.
Ddx: calciphylaxis favored; vasculitis possible; nec fasc unlikely (afebrile, WBC 8, no
crepitus).
Plan: await path; do not debride; wound RN for dressings; nephrology aware and adjusting binders.
F/u 2 weeks or sooner with fever.
"""),
("2019-07-23", "HD Dietitian Note", """
RD note - new calciphylaxis dx
Derm bx 7/9 returned calciphylaxis (L lower abdomen). Reviewed with nephrology: stop calcitriol,
STS at dialysis and a higher cinacalcet dose.
Wt post 119.6kg, BMI 41.9. IDWG 4.1kg avg - a little better.
Lab 7/17 -> PO4 6.0, Ca 9.1, iPTH 590, alb 3.6.
Nutrition plan: protein ~1.2 g/kg adj wt (about 100 g/d) for wound healing, keep 1.2 L fluid,
sevelamer 2400mg with each meal. No calcium-based antacids (he was taking Tums for heartburn -
stopped).
Insulin still in the upper arms. A1c pending.
Pt tearful about the diagnosis; gave the unit social worker's number.
"""),
]}

F07 = {"patient_id": "F07", "age": 77, "sex": "F", "notes": [
("2021-02-04", "Inpatient Dietitian Note - Enteral Initiation", """
CLINICAL NUTRITION - ENTERAL INITIATION
77 F, ESRD on HD MWF, s/p chemoradiation for base-of-tongue SCC (2020), progressive dysphagia,
aspiration on MBS. PEG placed by IR 02/02/2021 in the L upper quadrant; site C/D/I, split gauze.
Ht 160cm, dry wt 46.6kg, BMI 18.2 (underweight). Down 6kg since Sept.
Hx: AF - took warfarin up to 2018, switched to apixaban then. No diabetes.
Lab 2/3 -> alb 2.7, prealb 11, K 3.9, PO4 2.9, Mg 1.8.
Needs (46.6kg, HD): 1400-1630 kcal, 56-70g protein, fluid ~1000 mL + urine output.
TF: Nepro 1.8 begin at 20 mL/h, up by 10 mL every 8 h to goal 40 mL/h x 22 h (1584 kcal, 71 g pro).
Flush 30 mL q6h.
Refeeding risk moderate - PO4, K and Mg each AM for the first 3 days.
"""),
("2021-03-01", "Wound Care Note", """
Outpt wound RN - visit at HD unit
At the daughter's request we examined the G-tube. Per pt (writes on her whiteboard) it started
hurting 5 days ago and the skin around the tube went dark.
PEG, LUQ: encircling the tube is a 4x3.5cm firm violaceous plaque, two small black eschars at
2 and 7 o'clock, lacy livedo at the margin. No pus, no formula leaking, external bolster not
tight (rotates freely).
T 36.8, WBC 7.1.
Impression: does not look like peristomal infection or hypergranulation. Concern for calciphylaxis.
Plan: derm today; dry gauze only, no barrier creams; will tell the RD to keep TF unchanged.
"""),
("2021-03-09", "Dermatology Consult", """
DERMATOLOGY
77F on HD, PEG since 2/2/21, painful dark plaque around the gastrostomy since 2/24.
Bx 3/3 (punch x2 from the plaque margin, away from the stoma): calcified subcutaneous arterioles,
fibrin thrombi, necrotic fat -> calciphylaxis.
Impression: calciphylaxis arising at the gastrostomy insertion site, i.e. localized to the recent
procedure wound (Koebner-type). Breasts, thighs and the rest of the abdomen clear.
Plan: thiosulfate 25g IV with HD. IR to consider re-siting the tube only if the tract breaks down.
Nutrition: keep Nepro, add a phos-light protein modular BID. Palliative for pain and
goals-of-care talk this week.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
