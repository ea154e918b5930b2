"""probe29 corpus notes, J08-J14 (dictated notes through speech recognition; all invented)."""

J08 = {"patient_id": "J08", "age": 47, "sex": "F", "notes": [
("2021-05-06", "PD Clinic - Dictated", """
peritoneal dialysis clinic note comma forty seven year old woman on automated PD since twenty nineteen comma type one diabetic since age nine on an insulin pump no wait correction on multiple daily injections comma she puts her insulin into both thighs comma morbid obesity BMI forty one point five
She tells me that in March she got herself a new underwire bra one size too small because her old ones wore out and the wire digs in under the left breast all day comma then the last week of April a hard painful dark area came up under the left breast right along the wire line and she has been going without a bra since Saturday
Exam left inframammary fold seven centimeter curved band of violaceous indurated skin with two black necrotic areas and livedo below it comma right side normal comma thighs show lipohypertrophy but no lesions
Impression necrotic plaque left inframammary fold at the underwire pressure line comma calciphylaxis must be excluded comma ddx intertrigo with secondary infection comma pressure necrosis
Plan breast imaging not needed comma derm urgent for biopsy comma hold calcitriol
"""),
("2021-05-13", "Dermatology Consult", """
DERMATOLOGY NEW PATIENT
CC: painful lesion under L breast
47F T1DM, ESRD on APD, referred by Dr Oyelaran. Onset late April 2021 along the track of an underwire bra worn daily since March. Never on warfarin.
Skin exam: L inframammary crease 7.5 x 2 cm indurated purpuric plaque, two eschars (1.2 cm, 0.8 cm), retiform border; R breast and inframammary fold normal; abdomen/thighs lipohypertrophic injection areas without necrosis.
Imp: probable calciphylaxis, pressure-induced (koebnerization along the wire).
Procedure: 5 mm punch x2 at plaque edge, first to pathology with a calcium stain request, second to micro for culture.
"""),
("2021-05-25", "Dermatology Follow-up", """
dermatology follow up dictated
path back period calcified media and thrombosed lumens in the subcutaneous vessels comma fat necrosis comma von Kossa positive comma culture no growth period final diagnosis calciphylaxis left inframammary fold period
She has not worn the underwire since early May comma uses soft sports bras now comma pain improved slightly
Weight stable comma BMI forty one point five
Plan sodium thiosulfate through PD unit comma wound care with hydrocolloid comma follow up three weeks
"""),
]}

J09 = {"patient_id": "J09", "age": 60, "sex": "M", "notes": [
("2018-11-05", "Dialysis Unit Progress Note", """
Progress note, HD unit, dictated by attending new paragraph
Sixty year old man with diabetic kidney disease on hemo since twenty sixteen comma uses insulin glar jean forty units at bedtime which he always injects into the right thigh he says since he is right handed and the diabetes nurse taught him that ten years ago comma not once has he used the left leg
Today he showed me a tender purple lacy area on the outer left thigh comma first seen on Halloween comma no injury to the left leg that he can remember comma no heating pads comma no ice
Exam left lateral thigh eight by five centimeter area of livedo with a central firm violaceous nodule and a small dark crust comma right thigh has a little lipohypertrophy from the insulin comma no lesions on the right
BMI thirty four comma obese
Assessment concern for calciphylaxis comma ddx panniculitis
Plan derm for biopsy comma labs
"""),
("2018-11-19", "Dermatology Consult", """
DERM CONSULT - L thigh lesion
60M, HD-dependent ESRD, DM2 on basal insulin (always R thigh). Lesion L lateral thigh since end of October, no trauma to that side.
Exam: 8 by 6 cm patch of retiform purpura, L lateral thigh, central 2 cm stellate necrotic plaque. R thigh: lipohypertrophy at injection zone, no purpura, no nodules. Abdomen clear.
Assessment: calciphylaxis suspected. Biopsy today (deep punch, L thigh).
"""),
("2018-12-03", "Dermatology Follow-up", """
follow up dermatology period pathology of the left thigh shows calcium in the vessel walls of the subcutaneous arterioles with fat necrosis and microthrombi comma diagnostic of calciphylaxis period
He asked if his insulin shots caused it comma explained that his shots go in the other leg so probably not in his case comma he should keep rotating within the right thigh and abdomen and never inject the affected left thigh
No warfarin ever comma BMI thirty four point zero
Plan STS with HD comma wound clinic comma pain team
"""),
]}

J10 = {"patient_id": "J10", "age": 73, "sex": "F", "notes": [
("2023-03-15", "Nephrology Clinic - Dictated", """
nephrology clinic note period seventy three year old female on hemodialysis for ESRD due to hypertension comma non diabetic comma on warfarin for recurrent DVT
She is in a wheelchair since her stroke period about two weeks ago she noticed a painful dark spot behind her left calf that has grown comma she says nothing injured the leg comma no falls comma no bumps comma nothing hot or cold put on it comma no injections in the legs
Exam left posterior calf three by two centimeter ulcer comma black base comma violet netlike border comma severe tenderness comma right leg clean
Assessment concern for calciphylaxis given warfarin and high phosphorus comma arterial ulcer less likely with palpable pulses
Plan skin biopsy with derm next week comma ABI comma BMI today twenty six point five
"""),
("2023-03-29", "Dermatology Consult", """
Derm: seen 3/22 with biopsy of L posterior calf ulcer; results today.
Path read: calcified subcutaneous arterioles, thrombosed, c/w calciphylaxis.
Reviewed with pt and nephrology. Hx again reviewed: onset early March 2023, nothing injured, injected or heated on that leg beforehand.
Plan: warfarin to be changed by hematology, STS started at HD, dressings per wound RN.
"""),
("2023-04-06", "Wound Clinic Note", """
Wound clinic visit dictated by wound RN
Patient reports that on Sunday while transferring she banged the ulcer on her left calf against the wheelchair footrest comma it bled through the dressing and the aide called the nurse line period
Left posterior calf calciphylaxis ulcer now three point four by two point three centimeters comma new bloody crust along its inferior margin after the knock comma eschar otherwise intact comma no new lesions
Footrest padded today and a leg rest cushion ordered comma continue dressing twice weekly
"""),
]}

J11 = {"patient_id": "J11", "age": 65, "sex": "M", "notes": [
("2022-03-09", "Hospital Progress Note - Interpreter", """
Medicine progress note comma hospital day four comma Portuguese interpreter used for history
Sixty five year old man on peritoneal dialysis admitted with pneumonia comma type two diabetes on insulin which he injects into the abdomen away from the PD catheter comma on subcutaneous heparin five thousand units three times daily in the upper arms for DVT prophylaxis since admission
Nursing called me about the backs of both thighs period per interpreter patient states the backs of his legs have been painful for about a month and he saw the dark marks about two weeks before he came in comma denies falls or hitting his legs comma no heating pad comma he did put an ice pack on his right shoulder for a sprain last week
Exam bilateral posterior thighs retiform purpura with several black stellate areas comma largest on the left four centimeters comma arms have small bruises at the heparin sites only comma abdomen with no lesions
Impression retiform purpura with necrosis posterior thighs comma calciphylaxis must be considered comma also consider septic emboli
Plan derm consult inpatient
"""),
("2022-03-11", "Dermatology Inpatient Consult", """
Inpatient derm consult, interpreter present (Portuguese).
65M ESRD (CCPD), DM2 insulin-treated (abdomen), admitted for CAP. Painful necrotic lesions on both posterior thighs predating admission by ~2 weeks.
Exam: posterior thighs bilaterally, multiple stellate eschars with retiform purpura, L > R. Upper arms: small ecchymoses at heparin injection sites, no purpura. R shoulder: normal skin. Abdomen: insulin sites without nodules.
Biopsy L posterior thigh x 1 (deep wedge).
Impression: r/o calciphylaxis.
"""),
("2022-03-18", "Dermatology Follow-up", """
Derm follow up comma interpreter by video
Biopsy result confirms calciphylaxis of the posterior thighs period per interpreter patient asks whether the heparin shots in his arms caused it comma explained that the lesions are on the thighs where he had no shots or injuries comma so we do not think so
Weight ninety one kilos comma BMI twenty nine point nine comma overweight but not obese
Warfarin never comma continue PD comma STS started by nephrology
"""),
]}

J12 = {"patient_id": "J12", "age": 59, "sex": "F", "notes": [
("2024-06-24", "Dialysis Unit NP Note", """
dialysis NP note dictated
Fifty nine year old lady on HD with diabetes on Humalog and Tresiba comma class two obesity BMI thirty eight comma here for a sore on the inside of her right calf that she first felt on June tenth comma no injury she says comma she does not inject insulin there comma only abdomen
Exam right medial calf two by two centimeter violet plaque with dusky center and livedo
Plan wound clinic and derm
"""),
("2024-07-02", "Wound Clinic Note", """
Wound clinic initial
Right medial calf lesion, onset 6/10/24, now 3 by 2.5 cm, black eschar and purple retiform edge.
Pt says since the weekend she keeps a cold pack pressed to the sore to numb it, and at night when it throbs she lays the heating pad over it. Advised to stop both.
Procedure: punch bx 4 mm, right calf wound edge, then sharp debridement of loose eschar at the margin; hemostasis achieved by pressure.
Dressing: silver alginate, ABD pad, light kerlix wrap; tape to secure on the calf.
"""),
("2024-07-16", "Dermatology Follow-up", """
dermatology follow up period biopsy from the right medial calf shows calcific uremic arteriolopathy with thrombus period
since the last visit the tape from her dressing has pulled the skin at the edge of the ulcer and there is a new small skin tear at the margin comma she stopped the ice and heat comma debridement last visit tolerated
Her insulin continues in the abdomen comma abdomen clear comma no warfarin
Plan silicone tape only comma STS comma weekly wound clinic comma BMI thirty seven point eight today
"""),
]}

J13 = {"patient_id": "J13", "age": 70, "sex": "M", "notes": [
("2019-09-17", "PD Clinic - Dictated", """
PD clinic comma seventy year old male on CAPD since twenty seventeen comma prediabetes with A1c six point one not on any medications comma class three obesity BMI forty four point two comma atrial fibrillation on apixaban comma warfarin was talked about in the past but never started
He has an exquisitely painful dark patch on the lower part of his belly fold underneath the pannus on the left comma started about six weeks ago period I asked him carefully and he denies injections of any kind comma no insulin comma no heparin shots comma no heat pad comma no hot water bottle comma no tight belt comma he wears suspenders comma no injury or scratching
Exam left lower pannus ten centimeter area of livedo with central black necrosis comma PD catheter exit site on the right is clean
Impression calciphylaxis likely comma biopsy needed
"""),
("2019-10-01", "Dermatology Consult", """
DERM CONSULT: 70M, PD-dependent ESRD, obese, L lower abdominal pannus necrotic plaque x 2 months. Denies trauma, heat, pressure, injections.
Biopsy (9/24): calcified, clotted small vessels throughout the subcutis, diagnostic of calciphylaxis.
Counseling: explained that injury, injections, heat or cold can set off new lesions; avoid heating pads and ice; avoid tight waistbands; if he ever needs heparin or insulin shots they should not go into the belly.
Plan: wound care, STS via nephrology, pain control.
"""),
("2020-02-11", "Nephrology Clinic Dictation", """
nephrology clinic new paragraph
He moved off PD onto in center hemodialysis in December after a bout of peritonitis comma the PD catheter is out comma now hemodialysis thrice weekly via a left arm graft
Calciphylaxis of the left pannus is slowly healing comma no new lesions comma he continues to deny any injury or heat to the area
He may need a hip replacement next year comma if so he will get enoxaparin prophylaxis and we will ask that it go into the thighs comma not the abdomen
BMI forty three point eight today
"""),
]}

J14 = {"patient_id": "J14", "age": 56, "sex": "F", "notes": [
("2020-05-05", "Vascular Surgery Clinic", """
vascular surgery follow up dictated period fifty six year old hemodialysis patient comma female comma diabetic on insulin which she gives into her abdomen comma on warfarin for an old PE comma status post left common femoral endarterectomy on April seventh
The left groin incision has opened up at the lower end comma two centimeter wound with yellow slough and some purulent drainage comma surrounding erythema comma this is a surgical site infection with dehiscence
She also mentions both calves have been hurting for a month or so with purple blotches comma she says nothing happened to her calves comma no falls comma no knocks
Exam both posterior calves with retiform purpura and two small black spots on the right comma one on the left
Plan culture of groin wound comma cephalexin comma wound VAC to groin comma derm referral for calf lesions
"""),
("2020-05-14", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
56F, ESRD/HD, insulin-requiring DM (abdominal injections), warfarin, BMI 31.6, obese.
Referred for bilateral calf lesions, onset around early April 2020, denies leg trauma.
Exam: both posterior calves: stellate eschars (right two, 15 mm and 10 mm; left one, 20 mm) in a retiform purpuric background. L groin: dehisced surgical wound with VAC in place, granulating, no retiform purpura or eschar around it. L forearm: a healing skin tear from a fall at home last week.
A/P: calciphylaxis of both calves favored; deep punch L calf today. The groin wound looks like an ordinary infected incision, not calciphylaxis. The forearm skin tear is healing normally.
"""),
("2020-05-28", "Dermatology Follow-up", """
dermatology follow up comma biopsy of the left calf confirms calciphylaxis with arteriolar calcification and thrombi period
the groin wound is healing well with the VAC per vascular comma culture grew staph aureus comma no sign of calcify laxis there comma the forearm tear has healed
plan sodium thiosulfate with dialysis comma warfarin switched to apixaban by hematology comma BMI thirty one point six
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
