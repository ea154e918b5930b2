"""probe24 corpus notes, V01-V07 (hospital dermatology, dermatopathology, inpatient SOAP; all invented)."""

V01 = {"patient_id": "V01", "age": 62, "sex": "F", "notes": [
("2018-11-07", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULTATION
Requesting service: Hospitalist B team   Reason: painful black area on belly
HPI: 62 year old female, ESRD, gets in-center hemodialysis Tues Thurs Sat through a L brachiocephalic fistula, T2DM requiring insulin, paroxysmal AF on apixaban, admitted 11/5 for volume overload. Nursing noticed a dark tender area on her abdomen during a bath. Pt tells me it started the Sunday before Halloween as a pea sized hard knot that was "hot and sore" and over the next days turned dusky then black in the middle. She injects her Lantus and her Humalog herself and she is very clear that she always uses the left side of the belly below the navel because the right side of her pannus has "the yeast rash". She has injected there since she was put on insulin in the spring of 2016. no fevers no drainage. Denies heating pads or ice.
PMH: ESRD 2/2 diabetic nephropathy, DM2, AF, OSA on CPAP, morbid obesity, hypothyroid
Meds: insulin glargine 30 units qhs, insulin lispro SSI, apixaban 2.5 bid, sevelamer 1600 tid w meals, calcitriol, levothyroxine
Exam: Vitals stable afebrile. BMI 43.6. Abdomen: on the left lower quadrant 2 cm below and lateral to umbilicus there is a 6x4.5cm stellate violaceous retiform plaque with a 2x1.5cm adherent eschar, black, in the center, exquisitely tender, surrounding induration extends another 2 cm. Multiple small pinpoint scars and a few faint ecchymoses from needle sticks scattered on the same area. right lower pannus fold: beefy erythema with satellite papules c/w intertrigo candidal, no ulcer. Thighs and legs without retiform purpura.
Labs (11/6): calcium 9.8 / phos 7.1 / intact PTH 812 / alb 2.9
A/P:
1. Retiform purpura with central necrosis L lower abdomen in a pt on HD with hyperphosphatemia and elevated PTH, located exactly within her insulin injection field, highly suspicious for calciphylaxis. Ddx: cholesterol emboli; warfarin necrosis n/a as she takes apixaban not coumadin; vasculitis felt less likely.
- two 4mm punch bx taken off the plaque's border at bedside today w/ consent, to path for H and E, von Kossa
- pls move all insulin to the upper arms starting tonight
2. Candidal intertrigo R pannus: nystatin powder bid
Thank you for this consult we will follow.
"""),
("2018-11-09", "Dermatopathology Report", """
SURGICAL PATHOLOGY / DERMATOPATHOLOGY
Specimen: A. Skin, left lower abdomen, edge of plaque, punch. B. Skin, left lower abdomen, peri lesional, punch.
Clinical hx: ESRD on HD, retiform purpura in the area she injects insulin; question calciphylaxis.
Gross: A) 4 mm punch, depth 0.7 cm, bisected, entirely submitted. B) 4 mm punch depth 0.6 cm, entirely submitted.
Microscopic: A) Epidermis with ischemic change and focal full thickness necrosis. Within the subcutis there are small and medium sized arterioles with circumferential medial calcification, intimal fibroplasia and several with fibrin thrombi. Calcium is also deposited around individual fat lobules. Von Kossa stain highlights the mural and interstitial deposits. No vasculitis is seen. A PAS stain shows no fungal organisms.
B) Similar though less extensive vascular calcification in the deep subcutaneous fat; overlying skin viable.
DIAGNOSIS:
Skin, left lower abdomen (A, B): calcific uremic arteriolopathy (CALCIPHYLAXIS), with necrosis of epidermis and dermis.
Comment: Results phoned to Dr. Ferreira-Lund 11/9/2018 1410.
"""),
("2018-11-12", "Hospital Medicine Progress Note", """
Hosp Med Daily Note - hospital day 8
S: Pt says abdomen pain "a 7 out of ten" better with dilaudid before dressing change, slept poorly, she is upset about her diagnosis. Tolerated HD yesterday with 2.8 L off.
O: T 98.4 HR 82 BP 138/71 RR 16 SpO2 95 RA. Wt 118.2 kg, BMI 42.9
Gen: obese woman in nad. Abd: soft, L lower quadrant eschar 2x1.5 cm with violaceous retiform border unchanged from yesterday, no purulence no fluctuance. Dressing c/d/i. Ext trace edema.
A/P: 62F ESRD (HD), insulin treated DM2, admitted with volume overload, course c/b biopsy proven calciphylaxis, L lower abd, exactly where she has been doing her insulin shots.
#Calciphylaxis - derm and renal following. STS 25 gm IV given during each HD run, first dose given 11/10. Sevelamer uptitrated, calcitriol stopped, cinacalcet started. Pain: hydromorphone 0.5 mg q4h prn, gabapentin 100 qhs. Wound care per wound RN: calcium alginate + foam q day. insulin now in the upper arms only, educated pt and daughter.
#ESRD on HD - TTS, nephro following
#DM2 - glargine 26 units qhs reduced, SSI
#AF - apixaban 2.5 bid, rate controlled
#intertrigo - nystatin
Dispo: likely home w/ home health Thursday if pain controlled on oral regimen
Addendum 1530: Palliative care saw pt, she wants full treatment. discussed wth daughter at bedside.
"""),
]}

V02 = {"patient_id": "V02", "age": 71, "sex": "M", "notes": [
("2019-06-20", "Dermatology Consult", """
Derm consult note - inpatient
CC: sore on R knee that will not heal
HPI: 71 y.o. gentleman doing peritoneal dialysis (CCPD nightly, managed at home by his wife), mechanical mitral valve on warfarin, HTN, gout, admitted for PD peritonitis now improving on IP vancomycin. Primary team asked us to see a wound on his right knee. He said the knee has been "wrecked" from arthritis and since early March he ices the front inside of the right knee with a ziploc of ice cubes wrapped in a dish towel 3 or 4 times a day for 20 min at a time, sometimes he falls asleep with it on. Around 3 weeks ago he noticed a purple blotch right where the ice sits which got very painful then went hard and turned dark. Denies fall or bump to the knee. Left knee he never ices. Never had insulin and no hx of diabetes.
ROS neg except as above. Meds reviewed: warfarin (mech valve, INR target 3), calcium acetate 667 2 tabs tid, sevelamer, cinacalcet, allopurinol, amlodipine.
PE: well appearing elderly gentleman sitting in chair. R medial anterior knee: 5x3.5cm indurated plaque, violaceous net like periphery, central 1.8 cm black necrotic eschar, marked tenderness out of proportion. No warmth tracking no crepitus. Effusion minimal. L knee normal skin. Shins with mild stasis change, no ulcer. Ht 175 Wt 83.3 BMI 27.2.
Assessment: painful necrotic retiform plaque of the right knee at site of repeated ice application in PD pt on warfarin with calcium based binder - favor calciphylaxis; also considered: warfarin skin necrosis (though on warfarin for years, not a new start), cryo injury / frostbite, septic emboli.
Plan: 6 mm incisional wedge taken at the lesion margin today, hemostasis w 4-0 nylon. Stop the ice. Recommend changing calcium acetate to non calcium binder, ask cardiology if coumadin could be swapped - mechanical valve so likely needs to stay. Wound: xeroform and gauze daily. Will f/u path.
"""),
("2019-06-24", "Dermatopathology Report", """
DERMATOPATHOLOGY REPORT
Site: right knee, anteromedial, incisional biopsy
Clinical: purpura with eschar at site of chronic ice application, peritoneal dialysis, warfarin. ?calciphylaxis vs pernio/frostbite vs warfarin necrosis
Microscopic description: There is a wedge of skin and deep subcutis. The epidermis is necrotic with an overlying serum crust. Deep dermal and subcutaneous small vessels show stippled and ring-shaped calcium in the media, von Kossa positive, fibrin thrombi occlude several lumina. There is lobular fat necrosis, and adipocyte membranes are calcified. No perivascular lymphocytic cuffing to suggest pernio. No cholesterol clefts. Gram and PAS stains negative.
Final diagnosis: Skin, right knee, incisional biopsy: calciphylaxis with secondary epidermal necrosis and panniculitis.
"""),
("2019-06-25", "Medicine Progress Note", """
Medicine Progress Note
Subjective: pt states he is feeling better tummy pain gone. R knee still very painful esp at knight when the sheet touches it, uses a bed cradle now. wife at bedside.
Objective: Afebrile, BP 124/68 HR 70s. PD effluent clear, cell count 45 today. R knee: dressing removed, anterior medial eschar unchanged 1.8 cm with violaceous rim, biopsy site sutures intact, no drainage.
INR 2.9
Assessment and plan
71M with ESRD on CCPD, mech MVR on warfarin, admitted with PD peritonitis improving.
1. PD peritonitis - coag neg staph, IP vanc per renal, plan 14 day course total
2. Calciphylaxis R knee, path confirmed 6/24 - developed where he had iced his knee daily since March. Derm following. STS to be given with PD not feasible, renal to consider IV STS 3x/wk via peripheral, will d/w pharmacy. Switched calcium acetate to sevelamer 1600 tid. Warfarin continued per cards (On-X valve, no alternative), INR goal kept low end. No more ice, educated. pain: oxycodone 2.5 q6 prn, scheduled apap
3. Mech MVR - warfarin
4. Gout - allopurinol renal dose
Dispo: home when vanc plan finalized and home infusion arranged
"""),
]}

V03 = {"patient_id": "V03", "age": 54, "sex": "F", "notes": [
("2020-03-10", "Dermatology Clinic Consult", """
Dermatology - New Consult (referred by Dr Amundsen, nephrology)
Chief complaint: painful breast sore
History of present illness: Ms. Okonkwo-Brandt is a 54 y.o. woman; lupus nephritis led to end stage kidney disease and she has been on hemodialysis via right IJ tunneled catheter since 2017 (fistula failed x2), obesity, hypothyroidism. She reports that in February she first felt a tender hard lump at the underside of her left breast and it has since opened up and darkened. She bought a new underwire bra for her daughter's wedding in December, it was a size too small but she liked it, and she has worn it every day since then; the wire digs into the lower part of the left breast and she has noticed a red line there since the wedding. Right side does not bother her as much. No injections in the chest no trauma otherwise no hx of diabetes she has never been on blood thinners other than heparin with dialysis.
Meds: levothyroxine 100 mcg, hydroxychloroquine 200 mg daily, prednisone 5 mg qAM, calcitriol 0.5mcg qd, calcium carbonate 1250 tid w meals
Physical exam: BMI 31.8 today. Left breast inferior pole along the wire line at 5 to 7 o'clock: 4cm linear, dusky, indurated plaque with 1.2 cm central stellate ulcer and black base, livedoid border, very tender. Right breast: faint red linear mark at the corresponding spot, no induration, no necrosis. No other lesions on trunk abdomen thighs.
Assessment:
1. Necrotic ulcerated plaque left inferior breast, on a line of chronic underwire pressure, in a pt on HD with calcium based binder and prednisone. Concern for calciphylaxis. Differential includes lupus panniculitis, antiphospholipid associated vasculopathy, pyoderma gangrenosum.
Plan: punch biopsy x2 today left breast (edge and adjacent indurated skin), APLA labs, stop the underwire bra switch to soft sports bra, recommend nephrology change to non calcium binder. RTC 2 wks.
"""),
("2020-03-13", "Dermatopathology Report", """
Pathology Report - Dermatopathology
Specimens: (A) Left breast, inferior, ulcer edge - 4mm punch. (B) Left breast, inferior, indurated skin adjacent - 4mm punch.
Microscopic: (A) Ulcerated epidermis with necrotic debris. In the deep dermis and subcutaneous fat, arterioles show medial calcification and intravascular thrombi. Scattered fine calcium deposits along capillary walls in the fat septa. (B) Subcutaneous adipose tissue with septal and lobular calcium deposition, small vessel mural calcification. No lymphocytic lobular panniculitis, no interface change, no hyaline fat necrosis. Von Kossa positive in both.
Diagnosis: A, B: consistent with calciphylaxis. No histologic features of lupus panniculitis.
"""),
("2020-03-27", "Dermatology Clinic Follow-up", """
Dermatology follow up
Patient returns for results. Path from 3/13 reviewed with her: calciphylaxis at the left inferior breast at the site where the underwire rubbed since the wedding. She is tearful but understanding. She stopped the underwire the day of her first visit. Pain is a little better with gabapentin 100mg post-dialysis and oxycodone from nephrology. Nephrology added IV sodium thiosulfate, given at each of her dialysis runs since last week and switched calcium carbonate to lanthanum. APLA labs negative.
She has lost weight with poor appetite, weight today 78.9 kg, BMI 29.6.
Exam: L inferior breast 1.5cm ulcer, eschar black, induration slightly less, no cellulitis. R breast clear.
Assessment/plan: Calciphylaxis, left breast, biopsy proven.
- continue STS per renal, f/u with wound clinic weekly
- hydrocolloid not recommended, use foam dressing
- loose soft bra only, no wire
- RTC 4 weeks
Addendum: pt called after visit asking weather she could go back to her old bras without wire - yes, any soft non-wired bra is ok.
"""),
]}

V04 = {"patient_id": "V04", "age": 66, "sex": "M", "notes": [
("2021-02-02", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE
Subjective: Mr Lindqvist is a 66 yo M, ESRD, dialyzes MWF, DM2 (glipizide, never needed insulin), hx of provoked DVT in 2016 treated with coumadin for 6 months since off, obesity, s/p open left inguinal hernia repair with mesh on Veterans Day 2020. Admitted yest from dialysis for fever and a groin wound. Pt states the incision healed fine but in mid-January the skin along the scar started to hurt like "a hot poker" then went purple, now its got a black scab. afebrile overnight. pain 8/10.
Objective: Tmax 100.1, HR 88, BP 152/80. BMI 34.2
L groin: healed oblique inguinal scar 8 cm, along the lateral two thirds there is a 5 x 2 cm firm purpuric plaque with netlike margin and 1 cm dry black eschar, no fluctuance, no drainage, mesh not palpable. R groin nl. Scrotum nl.
Labs WBC 10.9 Ca 10.2 phos 6.4 PTH 1100. Blood cx x2 pending. CT pelvis: no fluid collection around mesh, extensive vascular calcification of femoral vessels.
A/P
#L groin necrotic plaque along hernia scar - ddx mesh infection vs calciphylaxis vs nec fasc (CT reassuring, no gas). Gen surg saw, no collection. Derm consult placed. Vanc + cefepime empirically pending cultures.
#ESRD - HD MWF per renal, binder is calcium acetate, will ask renal re switch
#DM2 - hold glipizide while inpatient, fingersticks ac/hs, diet
#Obesity BMI 34
"""),
("2021-02-03", "Dermatology Consult", """
Dermatology consult
Asked by Dr. Mwangi to evaluate L groin lesion.
History obtained from pt and chart. Open L inguinal herniorrhaphy 11/11/2020 at an outside hospital (Veterans Day - pt remembers as the VA clinic was closed), uncomplicated healing, staples out at 10 days. Onset of pain at the scar in the middle of January, then purple discoloration and black crust over about 10 days. No other skin lesions. Hx DVT 2016 on warfarin for 6 mo. Not on anticoagulation now.
Exam: L inguinal region - retiform violaceous plaque following the lateral incision scar, 5 x 2 cm, black eschar 1 cm, very tender, surrounding skin with faint livedo. No lesions in R groin, lower abdomen, thighs.
Impression: Retiform purpura and necrosis along a recent surgical scar in an HD pt with high PTH and calcium containing binder - overall this looks most like calciphylaxis that has arisen within the surgical incision. Infection felt less likely with CT and no purulence.
Recs:
- punch bx 4 mm x 2 from the lesion edge (done at bedside 2/3, sutured)
- agree with d/c calcium acetate, use sevelamer
- renal re: STS and parathyroid plan (PTH >1000)
- local wound care: petrolatum gauze, avoid wet to dry
- follow path
"""),
("2021-02-05", "Dermatopathology Report", """
DERMATOPATHOLOGY
Specimen: Skin, left groin, along surgical scar, punch biopsies (2)
Clinical information: HD pt, purpura/necrosis on hernia repair scar, calciphylaxis vs infection
Microscopic: Both punches show dermal scar with overlying epidermal ischemic necrosis. The subcutis contains numerous small arteries and arterioles with concentric mineralization of the tunica media plus intimal hyperplasia; luminal thrombi in several. Calcium deposits also within fat lobule interstitium. von Kossa confirms. Tissue gram stain and GMS negative, no abscess, no foreign body reaction to suture or mesh material in the sampled tissue.
Diagnosis: Skin, left groin: CALCIPHYLAXIS involving a surgical scar.
"""),
]}

V05 = {"patient_id": "V05", "age": 77, "sex": "F", "notes": [
("2023-01-17", "Dermatology Consult", """
Dermatology Consultation - Medicine Floor 6 West
Reason: "bruise that turned black" L hip
HPI: 77 yo woman with AF on warfarin (INR labile), CKD stage 3a (baseline creat 1.3, never dialyzed), primary hyperparathyroidism awaiting surgery, obesity, osteoporosis, admitted for pain control. On Christmas Eve she bumped her left hip hard on the corner of the bathroom vanity at her son's house and got a big bruise on the side of the hip. The bruise was fading but on 01/02/2023 she woke to an extremely painful hard purple area right in the center of the fading bruise which has since blackened. She does not have diabetes; her A1c was 6.1 this fall and her PCP told her "prediabetes", no meds for it.
Exam: BMI 36.7. Left lateral hip overlying the greater trochanter: 7 x 5 cm firm plaque with retiform violaceous border, stellate central black necrosis 2.5 x 2 cm, surrounded by a faint yellow green resolving ecchymosis. Exquisite tenderness. No other lesions. R hip normal.
Labs: Ca 11.4 (corrected 11.9), phos 3.1, PTH 188, INR 3.4. Protein C/S sent.
Assessment: painful retiform purpura with necrosis at the site of a recent contusion of the L hip in a woman w/o ESRD, on warfarin, obese, hypercalcemic with primary HPT. Favor non-uremic calciphylaxis; skin necrosis from warfarin seems less likely given years of warfarin use, but needs excluding; also consider necrotic hematoma.
Plan: deep incisional biopsy today. Suggest cardiology re: switching warfarin to a DOAC. Will follow.
"""),
("2023-01-20", "Dermatopathology Report", """
Dermatopathology Consultation Report
Specimen: Skin and subcutis, left lateral hip, incisional
Clinical notes: retiform purpura at site of contusion on warfarin, hypercalcemia; r/o nonuremic calciphylaxis; warfarin necrosis?
Findings: Necrotic epidermis and superficial dermis. Hemosiderophages and old extravasated blood in the dermis, in keeping with prior trauma. In the deep subcutaneous fat there are small vessels whose media and intima are calcified, with luminal fibrin thrombi, and calcified fat septa. Von Kossa positive. The thrombi are limited to calcified vessels; there is no widespread noncalcified microvascular thrombosis.
DIAGNOSIS: Left hip: calciphylaxis (non-uremic), superimposed on changes of remote hemorrhage.
"""),
("2023-01-21", "Medicine Progress Note", """
Progress note - Medicine day 5
S: "its the worst pain ive ever had" L hip, better with fentanyl patch + prn oxy. son visited. She asks weather this is because of the fall against the sink.
O: vitals ok afebrile. L lateral hip eschar 2.5 x 2 cm with violaceous border, no drainage, dressing clean. Wt 97 kg BMI 36.7 (unchanged). Ca 11.0 INR 2.1
A: 77F CKD 3a not on dialysis, AF, primary HPT, obesity, with non-uremic calciphylaxis of the left hip confirmed on biopsy, which arose right where she hit the vanity on Christmas Eve.
P:
- warfarin stopped 1/19, apixaban started per cards
- ENT / endocrine surgery for parathyroidectomy next wk
- STS 25 g IV tiw, renally adjusted
- wound RN for dressings, pressure offloading of the hip, turn q2h
- pain team following
Addendum (1620): protein C and S normal. Plan unchanged.
"""),
]}

V06 = {"patient_id": "V06", "age": 48, "sex": "M", "notes": [
("2024-05-29", "Dermatology Consult", """
Dermatology consult - inpatient
Requestor: Nephrology
HPI: 48 yr old male, ESRD from IgA nephropathy on HD for 6 yrs (Mon Wed Fri), admitted with hyperkalemia after missed sessions. PMH also notable for a right leg DVT with PE in late March this year, treated on the ward with a heparin drip, discharged 04/03/2024 on enoxaparin bridge to warfarin (first shot given by the discharge nurse that morning), which he then injected himself into his abdomen twice daily, both sides of the belly "around the belly button" for about 5 weeks until INR therapeutic. Now on warfarin only. He describes a painful spot to the right of the belly button starting 6 weeks ago, initially red and bruised like then became purple and very hard and now black in the center. No diabetes (A1c 5.2). No other skin sites.
Exam: Wt 98 kg, Ht 185 cm. Abdomen: right periumbilical 4.5x3 cm violaceous, indurated plaque with reticulated border and 1 cm dark necrotic center, tender. Multiple small healed injection puncture marks and faint yellow bruises on both sides of the periumbilical skin. L periumbilical skin has bruising only, no induration. No lesions on legs.
Lab: Ca 9.9 / Phos 8.0 / PTH 640 / INR 2.6
A/P: necrotic plaque R periumbilical at enoxaparin injection sites in a HD pt now on warfarin - calciphylaxis suspected vs injection site hematoma with necrosis vs enoxaparin skin necrosis. Punch biopsy today (4 mm, sutured). Will f/u.
"""),
("2024-05-30", "Nephrology Progress Note", """
Nephrology progress note
S: no complaints except belly wound pain. he had HD yesterday 3.5 L UF tolerated.
O: BP 146/88. K 4.6 today. Wt 97.6 kg. Abd: R periumbilical plaque w black center, biopsy site intact.
A/P:
ESRD on HD: MWF, next HD tomorrow. Adherents counseling done again, pt agrees to transportation help.
Hyperkalemia: resolved
Mineral bone disease: phos 8.0 PTH 640 - increase sevelamer to 2400 tid, start cinacalcet 30 mg
Abd wound: derm biopsied, ? calciphylaxis, if confirmed start STS with HD and discuss warfarin with heme - prefer apixaban
Anticoagulation: warfarin for PE, INR 2.6
"""),
("2024-05-31", "Dermatopathology Report", """
DERMATOPATHOLOGY
Site: Skin, right periumbilical abdomen
History: enoxaparin injections at site, HD, r/o calciphylaxis
Micro: Full thickness skin with subcutis. Dermal hemorrhage and hemosiderin. Small subcutaneous arterioles show medial calcification with luminal occlusion; there are calcified fat lobules with surrounding necrosis. Von Kossa stain positive. No leukocytoclasia. No bland thrombi in noncalcified vessels.
Diagnosis: Calciphylaxis, right periumbilical abdomen.
Note: Dr. Oyelaran (nephrology) notified 5/31 by phone. Addendum: per clinical team the biopsy site corresponds to the area of recent subcutaneous enoxaparin injections.
"""),
]}

V07 = {"patient_id": "V07", "age": 58, "sex": "M", "notes": [
("2021-12-08", "Dermatology Consult", """
DERM CONSULT
Pt: 58 M. Consulted by medicine for bilateral flank wounds.
HPI pt is a 58 year old male with ESRD (diabetic nephropathy), PD since 2019, insulin dependent type 2 DM (his insulin goes into the anterior thighs), HTN, morbid obesity BMI 38.9, who presents with painful sores on both sides of his waist. He went back to work as a warehouse supervisor in September and the company issued uniform pants that he says are at least 2 sizes too small, he wears a tight leather belt with them, the waistband and belt leave deep red grooves on both flanks every day. On Thanksgiving Day he noticed a very painful dark patch on the left side at the belt line and a few days later another on the right side. Denies injury, heat exposure. Not on warfarin.
PE: Left flank at the belt line: 6 x 3 cm horizontally oriented violaceous indurated plaque with black eschar 2 x 1 cm. Right flank at belt line: 3 x 2 cm purpuric retiform plaque, no eschar yet. Both sit precisely in the deep waistband groove. anterior thighs (insulin sites) normal, some lipohypertrophy. PD catheter exit site clean.
A/P: bilateral flank retiform purpura with necrosis in the distribution of chronic waistband/belt pressure in obese PD pt with diabetes - clinically most c/w calciphylaxis; pressure necrosis and cholesterol emboli are in the differential. Punch bx L flank today. Advised loose clothing, no belt, suspenders instead.
"""),
("2021-12-10", "Dermatopathology Report", """
Dermatopathology
Specimen: left flank, punch 5 mm
Microscopic: Epidermal necrosis. Subcutaneous adipose with prominent medial calcification of small arterioles, a few containing organizing thrombi, and calcium encrusting adipocytes. Features of pressure ulceration (superficial dermal necrosis without vascular calcification) are not the dominant finding. Von Kossa positive.
Final Diagnosis: Skin, left flank: calciphylaxis.
"""),
("2021-12-14", "Medicine Progress Note", """
Medicine PN
S- flank pain 6/10, better. pt now wearing hospital gown and scrubs w drawstring left loose. PD catheter not draining well yesterday, renal placed temporary HD catheter R IJ and he has been transitioned to hemodialysis, will continue HD as outpt, PD catheter to be removed later.
O- afebrile. L flank eschar 2 x 1 cm stable, R flank plaque now with small central dusky area 0.5 cm. BMI 38.9.
A/P 58M ESRD (now on HD, off PD), DM2 on insulin, obesity, biopsy proven calciphylaxis of both flanks at his waistband line, started Thanksgiving 2021.
1) calciphylaxis - STS with each HD, sevelamer, stop calcitriol, wound care, pain control; employer letter for loose uniform provided
2) ESRD - transition to in center HD TTS, outpatient chair arranged
3) DM2 - lantus 40 + lispro with meals into thighs
4) HTN ok
"""),
]}

PATIENTS = [V01, V02, V03, V04, V05, V06, V07]
