"""probe107 corpus notes, K01-K07 (general dermatology clinic with dermatopathology; all invented)."""

K01 = {"patient_id": "K01", "age": 61, "sex": "F", "notes": [
("2019-02-14", "Dermatology Clinic Note", """
DERMATOLOGY - Lakeshore Skin Associates
S: 61 y/o F referred by her nephrologist (Dr. Vasquez-Hale) for a "black sore on the stomach". ESKD, HD in-center, Tu-Th-Sa chair, thru L forearm AVF. DM2 x 20 yrs on Lantus 30u qHS plus Humalog sliding scale, draws up + injects herself. Onset 3 weeks ago; she describes a tender knot at first, then went dusky, now "burns like a cigarette". She puts all her Lantus into the left lower belly, under the navel, and has done so since Thanksgiving 2018 ("thats my good side, I can see what Im doing"). Denies fever, heat packs, falls. No Coumadin ever.
O: Wt 96.2 kg, BMI 34.1. LLQ abd 5x4cm stellate violaceous plaque, rock hard on palpation, central dusky-black eschar 1.5 cm, netlike purpuric rim. Several older needle marks within the plaque. R abdomen soft, no purpura. Thighs + calves clear.
A: Retiform purpura w/ eschar LLQ, dialysis-dependent: r/o calciphylaxis vs injection site necrosis.
P: two 6mm punches + 1 deep incisional from the edge today, sent to dermpath, pls do von Kossa. Moved her Lantus to the R upper arm for now. Tramadol 50 q12h prn (renal). RTC 3 wks.
"""),
("2019-02-19", "Dermatopathology Report", """
LAKESHORE DERMPATH LAB
Part A: skin - left lower quadrant abdomen (incisional). Part B: same site, 2 punches.
Clinical: HD pt, painful necrotic plaque at insulin site, ?CUA.
FINAL DIAGNOSIS: Parts A and B: CUA / calciphylaxis, ulcerated, epidermis necrotic.
Micro: Deep dermal and septal arterioles show circumferential mural calcium, confirmed by von Kossa, plus intimal thickening; several lumina hold fibrin thrombi; lobular fat necrosis, scattered calcified adipocytes. Gram, PAS: no organisms. Vasculitis absent.
Electronically signed: T. Ruiz-Abernathy, MD, Dermatopathologist
"""),
("2019-03-07", "Dermatology Follow-up", """
f/u calciphylaxis LLQ
S: Nephrology started STS (25 g each HD run) on 2/22 and switched her binder to sevelamer. Pain a bit better, sleeping 4-5 h. Keeping all insulin out of the abdomen, now R arm only.
O: BMI 33.6. LLQ eschar now 2.2 cm, dry, edges stable; surrounding induration less boggy. No new purpura.
A/P: Biopsy proven CUA, arising right where she had been injecting basal insulin since late Nov - a Koebner-type localization. Cont STS, santyl to eschar edge, wound clinic referral. No ice or heating to abdomen. RTC 1 mo.
"""),
]}

K02 = {"patient_id": "K02", "age": 74, "sex": "M", "notes": [
("2021-04-12", "Patient Portal Message", """
To: Dermatology
From: proxy account (wife, Bernadette)
Hello, writing for my husband Gerald. He has two sores on the front of both his shins that turned black in the middle and they hurt him terrible, he cant stand the sheet on them. The middle of March is when they started. Since last fall he sleeps with the electric heating pad laid across his shins every night because his legs are always ice cold, he does his dialysis at home on the machine at night (peritoneal). There is also a brown lacey look on his shins where the pad goes. He takes the coumadin for his heart rhythm. Can he be seen sooner than May 20?? Thank you
"""),
("2021-04-15", "Dermatology Clinic Note", """
Derm clinic - worked in from portal msg
CC: painful bilat shin ulcers
HPI: 74M w/ ESRD on CCPD ~4 yrs w/ a night cycler, warfarin-anticoagulated for AFib (INR 2.6 a week ago), HTN. Not diabetic. Ulcers noted mid March 2021, gradually enlarging. Wife confirms nightly use of an electric pad draped over both shins since fall 2020, on "high". No trauma, no injections in legs.
Exam: BMI 27.8. L anterior shin 3.2x2.5cm ulcer, adherent black eschar; R anterior shin 2x1.8cm similar, each ringed by violaceous retiform patch; firm subcutaneous induration. Background reticulate red-brown hyperpigmentation (erythema ab igne) over both shins in a rectangle matching the pad. Pedal pulses palpable.
Assessment: bilateral anterior shin necrotic ulcers within the heating pad field; suspect calciphylaxis (PD, warfarin) with thermal Koebnerization; ddx warfarin necrosis, ulcerated EAI.
Plan: 2 deep punches R shin at ulcer edge to dermpath. Heating pad STOPPED - wife to take it home. Discuss warfarin alternatives w/ cardiology.
"""),
("2021-04-20", "Dermatopathology Report", """
DERMATOPATHOLOGY CONSULTATION
Site: Right anterior shin, punch x2 (deep)
Dx: CALCIPHYLAXIS. Background dermis: changes like those of erythema ab igne.
Description: Ulcerated skin. Deep dermal/subcutaneous small vessels bear medial calcification and thrombosis; von Kossa highlights stippled calcium in capillary walls and around adipocytes. Superficial dermis with elastosis-like fibres and pigment-laden macrophages, as seen in chronic heat exposure.
Comment: Findings discussed with Dr. Okonkwo-Leary on 4/20. Please notify renal team.
"""),
]}

K03 = {"patient_id": "K03", "age": 58, "sex": "F", "notes": [
("2022-10-11", "Biopsy Requisition", """
DERMATOPATHOLOGY REQUISITION
Pt: 58 F   Requesting: Dr. A. Lindqvist, General Dermatology
Site/procedure: L volar forearm, mid - 6mm punch x1, deep incisional wedge x1
Clinical hx: ESRD, HD MWF through a R chest permcath. DM2 - sitagliptin, not on insulin. S/p R BKA 2021, power w/c since 06/2022; she steers with her right hand and leans her LEFT forearm on that hard plastic armrest all day. Exquisitely tender purplish plaque L volar forearm, onset 10/03/2022, ulcerated in past 3 days.
Clinical dx / DDx: calciphylaxis vs pressure ulcer vs vasculitis.
Special stains requested: von Kossa, Alizarin red.
"""),
("2022-10-17", "Dermatopathology Report", """
PATHOLOGY REPORT
Final diagnosis:
Skin and subcutis, left volar forearm, punch and incisional biopsies:
- Calciphylaxis, ulcerated.
Microscopic: In the subcutaneous septa, small arterioles have concentric medial calcium and a recanalizing thrombus; calcium also sits outside vessels among fat lobules, staining on both von Kossa and Alizarin red. Superficial pressure-type changes (compact orthokeratosis, dermal fibrosis) also present. No leukocytoclasis.
"""),
("2022-11-02", "Dermatology Follow-up", """
S: Pt seen back re forearm CUA. Renal giving STS 3x/wk since 10/19. Wheelchair vendor fitted a gel pad over the armrest last wk. Pain 6/10 (was 9). PMH also notable for a provoked DVT 2019 - on warfarin until early 2020, off since. 
O: BMI=30.0 (81.7kg/165cm). L volar forearm: 4 x 3 cm ulcer w/ yellow fibrin + black rim eschar, no cellulitis. R forearm nl.
A: Calciphylaxis L forearm at the site of months of armrest pressure (chair since June) - Koebner.
P: Keep the arm off the armrest, sling pillow. Hydrogel + nonadherent dressing. RTC 4 wk.
"""),
]}

K04 = {"patient_id": "K04", "age": 66, "sex": "M", "notes": [
("2023-05-02", "Dermatology Clinic Note", """
New pt - full skin exam
PMH: ESRD on PD (CCPD nights), T1DM on insulin pump (Omnipod, pods worn on the abdomen), HTN; takes no anticoagulant.
Skin: 1.2 cm pink scaly papule L posterior upper arm, bleeds w/ shirt friction, pt picks at it. Multiple SKs trunk. No other concerning lesions.
BMI 26.4
A/P:
1. L post upper arm papule - ddx ISK vs BCC. Shave bx today after consent, lido w/ epi, hemostasis AlCl. Vaseline + bandaid daily.
2. SKs - reassurance.
"""),
("2023-05-09", "Dermatopathology Report", """
Specimen: skin, L posterior upper arm, shave
Diagnosis: Irritated seborrheic keratosis. No atypia. No malignancy identified.
"""),
("2023-06-22", "Dermatology Clinic Note", """
S: Called in by pt - his biopsy spot (back of L arm) "went bad" starting early June: pain 8/10, night worse, turned purple then black. Had healed nicely mid May per pt. No fevers. PD fluid clear.
O: L posterior upper arm, centered on the shave bx scar (5/2/23): 3.5x3cm indurated stellate plaque, black central eschar, retiform violaceous border. Tender++. R arm nl. Abd pod sites clean, no purpura.
A: Necrotic plaque in a fresh bx scar in a PD pt -> concerning for calciphylaxis (Koebner at biopsy site). ddx: ecthyma, pyoderma gangrenosum (pathergy).
P: Deep incisional bx at edge today, tissue cx. Call renal (Dr. Mbeki). Wound care: petrolatum + nonstick.
"""),
("2023-06-28", "Dermatopathology Report", """
Specimen: skin/subcutis, L posterior upper arm, incisional (edge of necrotic plaque)
FINAL: Calciphylaxis.
Medial + intimal calcium in small subcutaneous vessels, luminal fibrin; calcified fat lobules; ischemic necrosis of the overlying dermis. Healed scar tissue in superficial dermis (prior shave site). Tissue cultures: no growth.
"""),
]}

K05 = {"patient_id": "K05", "age": 70, "sex": "F", "notes": [
("2024-06-24", "Dermatology Clinic Note", """
Urgent add-on.
Subjective: 70yo woman on hemodialysis (ESRD 2/2 IgA nephropathy), mechanical aortic valve on warfarin. No diabetes. On Memorial Day she tripped over a curb outside church, skinning her right knee. "It was healing fine" then 2 wks ago the scrape went purple, then black and now the pain is unbearable, cant bend the knee.
Objective: Wt 61 kg, BMI 24.6. R anterior knee 6x5cm plaque with central black necrosis, stellate purpuric margins, firm dermal induration extending 2 cm beyond. L knee w/ faint healed graze only. Afebrile.
A: Necrotic plaque at a recent abrasion, HD + warfarin -> concern for calciphylaxis vs infected traumatic wound.
P: Punch x2 R knee margin. Wound cx. Cephalexin held pending cx. Message to renal.
"""),
("2024-06-27", "Dermatopathology Report", """
DERMPATH
Skin, R knee, punch (2):
CALCIPHYLAXIS, with epidermal necrosis. Focal granulation tissue (healing abrasion).
Notes: von Kossa+ mural calcium, small dermal + subcut vessels, fibrin thrombi. Rare neutrophils, no organisms on Gram.
"""),
("2024-07-15", "Telephone Encounter", """
Daughter (Renata) called. Mom had her 4th sodium thiosulfate w/ HD today. Knee still very painful but no new spots. Asking whether the fall "caused this" - explained the calciphylaxis came up right where the scrape was, which we see sometimes after an injury (Koebner). She also asked about weight: at HD she was 60 kg today; clinic last BMI 24.1 (7/8 wound visit). Will keep derm f/u 7/29.
"""),
]}

K06 = {"patient_id": "K06", "age": 59, "sex": "M", "notes": [
("2020-04-28", "Teledermatology Consult", """
Video visit (COVID precautions), photos uploaded by pt.
HPI: 59 y/o man, ESRD, does PD, DM2 managed with diet alone, obese (BMI 31.2 per renal chart). Since January the PD clinic nurse has been giving him iron dextran IM, Z-track, into the buttock once a month. A painful hard black patch came up on the buttock at the injection area on 04/18/2020. Can't sit flat.
Photos: ~4 cm dusky purple plaque with central black crust and lacy border, buttock. Side not clear on video; pt says "the one where she does the shot".
Impression: necrotic plaque at IM injection site - calciphylaxis vs Nicolau syndrome (embolia cutis medicamentosa) vs abscess.
Plan: in-person bx this wk, hold further IM iron, renal aware.
"""),
("2020-05-05", "Dermatology Clinic Note", """
In-person visit, masked.
O: gluteal plaque 4.5 x 4 cm, central firm eschar, retiform purple edge, very tender. No fluctuance. BMI 31.2.
Procedure: deep incisional bx from the advancing border, 2 sutures. Tolerated well.
A: as above, favor calciphylaxis.
P: path pending; no more injections into the buttocks; PD team to give iron IV if needed.
"""),
("2020-05-11", "Dermatopathology Report", """
Skin, gluteal, incisional biopsy:
- Calciphylaxis. Vascular and interstitial calcification in subcutaneous fat, thrombosed small arteries, fat necrosis.
- Iron stain: scant hemosiderin; no foreign material; no features of Nicolau syndrome.
"""),
]}

K07 = {"patient_id": "K07", "age": 77, "sex": "F", "notes": [
("2025-02-03", "Dermatology Clinic Note", """
SOAP
S: 77F, ESRD, 6 yrs of HD (MWF, L brachiocephalic AVF), no DM, no anticoagulation. Trochanteric bursitis R hip: ortho gave a cortisone shot into the R lateral hip on 11/20/2024. Since Christmas she has been icing that same spot with a frozen bag most evenings. Since late January that area got "really sore, like a burn" and a dark scab formed.
O: Ht 157 cm, wt 73.8 kg, BMI 29.9 (overweight). R lat hip (over the greater troch) 7x5cm violaceous indurated plaque, central eschar (black), livedo racemosa running onto upper lateral thigh. L hip nl.
A: Suspect calciphylaxis R hip at site of injection + cold packs.
P: Incisional bx today. NO ice. Acetaminophen scheduled. Renal notified.
"""),
("2025-02-05", "Dermatopathology Report", """
Skin, right lateral hip, incisional:
Calciphylaxis (calcific uremic arteriolopathy). Small subcut arteries w/ medial calcium deposits + thrombosis; calcium within fat septa; necrotic epidermis. No crystalline material, no granulomatous reaction at the injection tract.
"""),
("2025-02-24", "Patient Portal Message", """
hi doctor, its Evelyn. the hip sore is still bad, the black part is bigger maybe a quarter size now. the dialysis nurses started the sodium thio stuff. question - ice is the one thing that ever helped my bursitis, can I put it back on my hip at all or not? also I dont want any more of those cortisone shots there right? thank you Evelyn
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
