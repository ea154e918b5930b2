"""probe83 corpus notes, C01-C07 (rheumatology and vasculitis clinics; all invented)."""

C01 = {"patient_id": "C01", "age": 54, "sex": "F", "notes": [
("2023-01-19", "Rheumatology Follow-up", """
RHEUMATOLOGY - ESTABLISHED PT
Pt: Odalys Ferreira-Banks, 54F
Dx: SLE (ANA 1:1280 homogeneous, anti-dsDNA hi titre, anti-Sm +), class IV LN progressing to ESRD, in-centre HD T/Th/Sa since 2019. Secondary APS (LAC +, aCL IgG 61) anticoagulated with warfarin (INR goal 2-3).
Meds: HCQ 200 qd, pred 5, belimumab 200 mg SC weekly autoinjector (self-injects R anterior thigh every Thurs, started June 2022), warfarin, sevelamer, cinacalcet.
Interval hx: c/o an exquisitely tender spot, R anterior thigh. Pain began 3 weeks ago, initially "like a knot", now a purple patch. She admits she never rotated the pen - "it's the easy leg".
Labs: C3 81, C4 12 (stable), dsDNA 44. Ca 9.6, phos 7.4(!), PTH 912. INR 2.8.
Exam: BP 148/84. Wt 87.3 kg, BMI 31.2. R anterior mid-thigh: 5x4cm stellate violaceous indurated plaque, retiform edges, 8 mm dusky grey centre. No malar rash, no oral ulcers, no synovitis.
A/P:
1. Painful retiform plaque R thigh in HD pt w/ high phos/PTH + warfarin -> r/o calciphylaxis; ddx APS-related thrombotic vasculopathy, belimumab site rxn (unlikely to look like this). Derm asked to do a deep incisional bx urgently. Hold belimumab.
2. SLE quiet serologically.
"""),
("2023-01-26", "Dermatology Consult", """
Derm consult requested by rheum (Dr. Vashti Okonjo) re R thigh plaque.
Seen 1/24 with 6 mm double punch from the edge of the right anterior thigh plaque.
Path (read 1/26): medial calcium in arterioles of deep dermis/subcutis, fibrin thrombi within lumina, lobular necrosis of fat; calcium confirmed with von Kossa stain. No vasculitis or interface dermatitis seen.
IMPRESSION: biopsy-proven calciphylaxis. The lesion lies squarely where she has fired her weekly belimumab pen since summer; we think the repeated needling localized it there.
Rec: no more subcut injections into either thigh; nephrology will begin STS on HD days; wound care, pain team.
"""),
("2023-03-02", "Rheumatology Follow-up", """
RHEUM f/u - calciphylaxis R thigh, SLE/APS
She has had 12 doses of IV STS with dialysis. R thigh eschar firmly adherent, margins softening, pain 9/10 -> 5/10.
Anticoagulation: nephro and hematology agreed to switch warfarin -> apixaban 2/13.
Belimumab remains on hold; if restarted, it would go IV in the infusion suite, not by pen.
Wt 83.4 kg; BMI 29.6. SLEDAI 4 (serology only).
Plan: continue HCQ 200, pred 5. RTC 8 wks.
"""),
]}

C02 = {"patient_id": "C02", "age": 71, "sex": "M", "notes": [
("2022-01-11", "Rheumatology Urgent Visit", """
Urgent add-on, rheum clinic.
71 yo man w/ MPO-ANCA microscopic polyangiitis (dx 2016, CYC then AZA), renal-limited damage -> ESRD, on CCPD nightly. Also tophaceous gout, T2DM - glargine 30u at bedtime plus lispro sliding scale.
Comes in because the R knee is "killing him" - thought it was gout again. Gout flared on Thanksgiving Day and he's been velcroing a gel cold pack onto the right knee nearly every evening since, more than once dozing off with it still on. On Jan 4 he noticed a hard, dark red spot on the inner aspect of that knee, now enlarging.
MPO 3 (neg), CRP 31, uric acid 8.9. Ca 9.1, PO4 6.8.
Exam: R medial knee: 6x5cm firm mottled plaque with a 2 cm black centre and livedoid rim. Joint itself: no effusion, full ROM - this is not an arthritis.
Impression: necrotic plaque R medial knee at the site of prolonged icing in a PD pt, strongly suspicious for calciphylaxis. Low suspicion for ANCA relapse (ANCA neg, UA bland on last check).
Plan: stop ice. Same-week derm bx. Colchicine renal dose for the gout.
"""),
("2022-01-18", "Dermatology Procedure/Path Note", """
Incisional wedge bx R medial knee performed 01/13/2022.
Histopathology: small-vessel mural calcification in subcutaneous fat w/ thrombosis and septal fibrosis; diagnostic of calcific uremic arteriolopathy (calciphylaxis). No leukocytoclasis.
Comment: the plaque corresponds to where he was applying cold packs nightly for several weeks. Discussed with his PD nurse; STS 25 g IP vs IV to be arranged by nephrology.
"""),
("2022-02-22", "Rheumatology Follow-up", """
F/U MPA in remission; CUA R knee.
Wound clinic debriding weekly. Pain controlled with hydromorphone 1 mg prn.
Gout: no flares on colchicine 0.3 every other day; explained again, no cold or hot packs to the legs, ever.
Ht 1.80 m Wt 88.5 kg BMI 27.3. Insulin doses unchanged.
MPO ANCA remains negative. Continue AZA 50.
"""),
]}

C03 = {"patient_id": "C03", "age": 63, "sex": "F", "notes": [
("2020-05-06", "Rheumatology Telehealth (video)", """
Video visit (COVID-19 clinic restrictions).
63F, diffuse cutaneous SSc (anti-RNA pol III +), scleroderma renal crisis 2017 -> ESRD on HD MWF. Raynaud's, digital pitting scars, flexion contractures; L wrist inflammatory synovitis.
OT fitted a thermoplastic resting splint for the left wrist in March 2020; she wears it every night with two velcro straps.
Today she holds up her left forearm to the camera: on the palmar forearm, where the upper strap crosses, there is a dark purple, net-like area with a central black spot. She says it first appeared in mid-April and hurts more than her fingers ever did.
No fever. Not on warfarin. No diabetes.
A/P: ? calciphylaxis vs digital/ischaemic ulcer of SSc vs splint pressure sore. Needs in-person exam and biopsy. Advised to leave the splint off until seen.
"""),
("2020-05-14", "Rheumatology Clinic + Biopsy", """
In person. Mask on, screened negative.
Exam: L volar forearm, 7 cm proximal to the wrist crease, 3.5x2cm indurated plaque with stellate purpura and adherent eschar; matches exactly the line of the proximal splint strap. Skin thickening mRSS 24. No new digital ulcers.
Punch bx x2 from the plaque edge done in clinic (derm fellow present).
Wt 55 kg BMI 22.1.
"""),
("2020-07-01", "Rheumatology Follow-up", """
Path from 5/14: calcium encrusting small subcutaneous arteriolar walls w/ intimal hyperplasia and thrombi, panniculitis - CALCIPHYLAXIS. Reviewed with derm and the dialysis unit.
Working explanation: chronic pressure from the night splint strap on fragile SSc skin in an HD patient.
Now on STS 3x/wk, binder changed to lanthanum. Eschar smaller (2 x 1.5). OT is remaking the splint with a wide padded cuff away from the lesion.
"""),
]}

C04 = {"patient_id": "C04", "age": 58, "sex": "F", "notes": [
("2019-08-06", "Rheumatology New Patient", """
New pt - proximal weakness.
58F, 3 mo of difficulty climbing stairs and lifting her arms, heliotrope rash, Gottron papules, V-sign. CK 4,310, aldolase 19. Myositis panel: anti-NXP2 positive; Jo-1, Mi-2, MDA5, TIF1-gamma neg.
PMH: provoked L leg DVT 03/2019 - on warfarin. Obesity (BMI 34.5). Cr 0.74, eGFR >90.
MRI thighs: symmetric edema in the vastus lateralis bilaterally.
Plan: gen surg to take an open biopsy from the left vastus lateralis next week. CT chest/abd/pelvis for malignancy screen. Start pred 60 after biopsy.
"""),
("2019-10-22", "Rheumatology Follow-up", """
DM f/u.
L lateral thigh muscle bx (8/14/2019) (perifascicular atrophy, consistent w/ DM). Malignancy screen neg. Strength improving on pred 40 + MTX 15.
New problem: since early October, pain and a hard lump in the biopsy scar. Exam: along the healed L lateral thigh incision a 6x3cm firm violaceous plaque, 1cm eschar in its centre and surrounding livedo. Not warm, no drainage.
Labs: Ca 9.9, phos 3.6, albumin 2.9, Cr 0.8. INR 3.4.
Steroid-induced diabetes - A1c 7.4 - started metformin last month; no insulin.
Ddx: non-uremic calciphylaxis (warfarin, steroids, obesity, hypoalbuminemia, DM itself) vs calcinosis of DM vs wound infection. Derm referral for deep biopsy today.
"""),
("2019-11-05", "Dermatology Consult", """
Deep incisional biopsy L lateral thigh 10/29: calcified media in subcutaneous arterioles w/ fibrin occlusion and necrotic fat lobules. Diagnosis: non-uremic calciphylaxis. Not calcinosis cutis (no sheets of calcium in dermis).
Onset in the surgical scar ~7 weeks after the muscle biopsy - a Koebner-type localization.
Recs: warfarin -> DOAC (hematology agrees), taper steroids as myositis allows, IV STS off label, wound care. BMI today 34.1.
"""),
]}

C05 = {"patient_id": "C05", "age": 66, "sex": "M", "notes": [
("2021-01-08", "Rheumatology Nurse Triage Call", """
Called by pt's wife.
Known seropositive RA (CCP >250), AA amyloidosis -> ESRD on HD at Brookvale unit. Warfarin for AF.
She says he knocked his right shin hard against the car door as he climbed out on Christmas Eve - got a small graze, "nothing much". On Jan 3rd a painful dark bruise-looking patch came up on the same shin and it now has a black bit in it. He can't sleep for the pain.
No fever per wife. Advised to come in Monday; sooner to ED if redness spreads or fever.
Routed to Dr. Lindqvist.
"""),
("2021-01-11", "Rheumatology Clinic", """
Seen w/ wife.
RA: minimal synovitis, DAS28-CRP 2.9 on abatacept SC (abd) + low dose pred.
R shin: 4.5 x 3 cm plaque over the anterior tibia, centre black and tightly adherent, edges purple and retiform, exquisitely tender. Old healed graze line runs through it. L leg ok.
Pulses palpable DP/PT. INR 3.1. Ca x P product 62. PTH 1,100.
A/P: Calciphylaxis is the leading concern, started at the site of the shin injury 12/24; ddx rheumatoid vasculitis (no other features), warfarin necrosis (long-standing warfarin, unlikely). Derm for deep bx; nephrology messaged.
Wt 79 kg, BMI 26.0. No diabetes.
"""),
("2021-01-29", "Dermatology Letter", """
Re: Mr. Aurelio Pinto
Deep bx R anterior shin (1/15): calcified and thrombosed small arteries in subcutis; von Kossa +. Final dx: calciphylaxis. The lesion sits over the traumatic graze he sustained on Christmas Eve and started about ten days after it.
Rec: no compression over the shin, STS with HD, parathyroid evaluation, reconsider warfarin for AF.
"""),
]}

C06 = {"patient_id": "C06", "age": 49, "sex": "F", "notes": [
("2023-05-02", "Procedure Note - Joint/Bursa Injection", """
PROCEDURE: R greater trochanteric bursa injection
Indication: R lateral hip pain, trochanteric bursitis; SLE pt on PD.
Consent signed, time-out done. Skin prepped w/ chlorhexidine. Point of max tenderness over the R greater trochanter marked. 22G 1.5 inch needle; 40 mg triamcinolone + 3 mL 1% lidocaine injected in 2 passes. Band-aid.
No complications. Pt tolerated well.
"""),
("2023-06-12", "Rheumatology Follow-up", """
49F SLE (anti-Ro/SSA, anti-dsDNA +) w/ ESRD from LN, on CAPD via a Tenckhoff catheter. Prediabetes (A1c 6.1) managed w/ diet. Never on warfarin.
Hip pain got better for a week after the kenalog, then 10 days ago she felt a hard, sore lump surface precisely where the shot went in, over the outside of the R hip.
O/E: R lat hip, overlying GT: 4 x 4 cm woody induration, violaceous net-like border, central 1 cm dusky necrosis. No fluctuance. No other lesions. BMI 30.0 (81kg / 164cm).
Labs: Ca 10.2, phos 6.1, PTH 640, alb 3.1.
A/P: suspect calciphylaxis localised to the kenalog site. ddx: post-injection fat necrosis / lipoatrophy, abscess (afebrile, no fluctuance), lupus panniculitis. Derm bx this wk.
"""),
("2023-06-20", "Dermatology Consult Note", """
Biopsy from R lateral hip (6/14): subcutaneous arteriolar calcification with thrombosis, calcium deposits along fat septa. Lupus panniculitis features absent (no lymphoid follicles, no hyaline fat necrosis).
Dx: calciphylaxis (CUA), located at the 5/2 trochanteric bursa injection site.
Plan discussed with PD team: intraperitoneal STS, low Ca dialysate, stop calcium carbonate. Avoid future steroid injections in this region.
"""),
]}

C07 = {"patient_id": "C07", "age": 75, "sex": "F", "notes": [
("2025-02-24", "Vasculitis Clinic Follow-up", """
VASCULITIS CLINIC
75F with GCA (bx + L temporal artery 2023), in remission on tocilizumab SC q2wk (abd) + pred 3 mg. Diabetic nephropathy -> ESRD, HD; T2DM w/ glargine + aspart. Class II obesity.
HPI: For dependent edema her PCP put her in knee-length compression hose (20-30mmHg), worn daily since last summer. Since Feb 10 she has had burning pain and purple blotches on both calves, in a ring just below the knees where the stocking tops dig in.
No jaw claudication, no visual sx, ESR 14, CRP <3.
Exam: bilateral posterior/upper calves - symmetric bands of retiform purpura w/ two small black eschars right, one left, all along the stocking cuff line. Pedal pulses faint but present. Wt 98 kg BMI 36.8.
A/P: GCA quiet; the leg lesions do not look like vasculitis. Favor calciphylaxis triggered by constant cuff pressure; ddx cholesterol emboli, cryo. Stop stockings. Derm for bx.
"""),
("2025-03-04", "Dermatology Consult", """
Bilat calf retiform purpura with eschar. Telescoping punch bx from L calf lesion 2/27.
Path: circumferential mural calcium within little subcutaneous vessels, plus thrombi, necrotic fat; cholesterol clefts absent; no cryo deposits.
Dx: calciphylaxis, both calves, distributed along the compression stocking band.
Recs: STS, wound care; hold all leg compression for now.
"""),
("2025-04-15", "Vasculitis Clinic Follow-up", """
GCA f/u. Remains off pred since 3/20; tocilizumab continues.
Calf wounds: the L has epithelialized at the edges, the R eschars are lifting. Pain 3/10.
Insulin adjusted by endocrine (lower basal). BMI 36.2.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
